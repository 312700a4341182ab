import type { ReactNode } from "react";

/** A captioned table in a keyboard-scrollable region, so wide tables scroll on their own at 390 px. */
export function DataTable({ id, caption, headers, children }: { id: string; caption: string; headers: string[]; children: ReactNode }) {
  return (
    <div className="table-wrap" role="region" aria-labelledby={`${id}-caption`} tabIndex={0}>
      <table>
        <caption id={`${id}-caption`}>{caption}</caption>
        <thead>
          <tr>
            {headers.map((h, i) => (
              <th key={i} scope="col">
                {h}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>{children}</tbody>
      </table>
    </div>
  );
}
