import type { ReactNode } from "react";

/** A column header: its text, or the text with a class (`num` aligns figures) or hidden from sight (a column of buttons). */
export type Header = string | { label: string; className?: string; hidden?: boolean };

type Props = {
  id: string;
  caption: string;
  headers: Header[];
  /** Rows of totals, in a <tfoot> so they are read as the table's summary. */
  footer?: ReactNode;
  className?: string;
  children: ReactNode;
};

/** A captioned table in a keyboard-scrollable region, so wide tables scroll on their own at 390 px. */
export function DataTable({ id, caption, headers, footer, className, children }: Props) {
  return (
    <div className="table-wrap" role="region" aria-labelledby={`${id}-caption`} tabIndex={0}>
      <table className={className}>
        <caption id={`${id}-caption`}>{caption}</caption>
        <thead>
          <tr>
            {headers.map((h, i) =>
              typeof h === "string" ? (
                <th key={i} scope="col">
                  {h}
                </th>
              ) : (
                <th key={i} scope="col" className={h.className}>
                  {h.hidden ? <span className="visually-hidden">{h.label}</span> : h.label}
                </th>
              ),
            )}
          </tr>
        </thead>
        <tbody>{children}</tbody>
        {footer && <tfoot>{footer}</tfoot>}
      </table>
    </div>
  );
}
