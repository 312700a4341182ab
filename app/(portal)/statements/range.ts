// The statement period from the URL: anything missing or malformed falls back to the last three months.
import { param, type SearchParams } from "~/app/_lib/search-params";

const isoDay = (v: string | undefined) => (v && /^\d{4}-\d{2}-\d{2}$/.test(v) && !Number.isNaN(Date.parse(v)) ? v : undefined);

export function statementRange(sp: SearchParams, today: Date) {
  const to = isoDay(param(sp, "to")) ?? today.toISOString().slice(0, 10);
  const threeMonthsAgo = new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth() - 3, 1)).toISOString().slice(0, 10);
  return { from: isoDay(param(sp, "from")) ?? threeMonthsAgo, to };
}
