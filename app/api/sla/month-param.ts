// The `month` query parameter of the SLA downloads.
import { MONTH_PATTERN, monthOf } from "~/server/modules/sla/sla-month";

/** Absent = the current month (by the injected clock's `now`); malformed = null. */
export function monthParam(req: Request, now: Date): string | null {
  const month = new URL(req.url).searchParams.get("month");
  if (month === null || month === "") return monthOf(now);
  return MONTH_PATTERN.test(month) ? month : null;
}
