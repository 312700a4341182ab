// Report months are calendar months in Prague, the same months bills are cut by (period "YYYY-MM").
import { localTime, zonedInstant } from "~/server/domain/repair/time-zone";

export const REPORT_TIME_ZONE = "Europe/Prague";

export const MONTH_PATTERN = /^\d{4}-(0[1-9]|1[0-2])$/;

const pad = (n: number) => String(n).padStart(2, "0");
const parts = (month: string) => month.split("-").map(Number) as [number, number];

/** The month an instant falls in. */
export function monthOf(at: Date): string {
  const t = localTime(REPORT_TIME_ZONE, at.getTime());
  return `${t.year}-${pad(t.month)}`;
}

/** The month `n` months after (negative: before) the given one. */
export function shiftMonth(month: string, n: number): string {
  const [y, m] = parts(month);
  const index = y * 12 + (m - 1) + n;
  return `${Math.floor(index / 12)}-${pad((index % 12) + 1)}`;
}

/** [start, end) of the month as instants. */
export function monthBounds(month: string): { start: Date; end: Date } {
  const [y, m] = parts(month);
  const [ny, nm] = parts(shiftMonth(month, 1));
  return { start: new Date(zonedInstant(REPORT_TIME_ZONE, y, m, 1, 0)), end: new Date(zonedInstant(REPORT_TIME_ZONE, ny, nm, 1, 0)) };
}

/** The `count` months ending with `month`, oldest first. */
export function monthsUpTo(month: string, count: number): string[] {
  return Array.from({ length: count }, (_, i) => shiftMonth(month, i - count + 1));
}
