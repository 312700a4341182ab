import type { ReactNode } from "react";

export type DetailRow = [term: string, value: ReactNode];

/** A card of term/value pairs; long text rows keep their line breaks. */
export function DetailsList({ rows, text }: { rows: DetailRow[]; text?: DetailRow }) {
  return (
    <dl className="details card">
      {rows.map(([term, value]) => (
        <div key={term} className="details-row">
          <dt>{term}</dt>
          <dd>{value}</dd>
        </div>
      ))}
      {text && (
        <div className="details-row">
          <dt>{text[0]}</dt>
          <dd className="timeline-text">{text[1]}</dd>
        </div>
      )}
    </dl>
  );
}
