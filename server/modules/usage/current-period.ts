// Which billing period "now" falls in for an account: periods start on the bill-cycle day (days past
// 28 bill on the 28th), and a period is named after the month it starts in, as bills are.

const clampDay = (billCycleDay: number) => Math.min(Math.max(billCycleDay, 1), 28);

/** "YYYY-MM" of the period that contains `now` (UTC) for this bill-cycle day. */
export function currentPeriod(now: Date, billCycleDay: number): string {
  let y = now.getUTCFullYear();
  let m = now.getUTCMonth() + 1;
  if (now.getUTCDate() < clampDay(billCycleDay)) [y, m] = m === 1 ? [y - 1, 12] : [y, m - 1];
  return `${y}-${String(m).padStart(2, "0")}`;
}

/** First day and the day after the last day of a period, and its length in days. */
export function periodSpan(period: string, billCycleDay: number): { start: string; end: string; days: number } {
  const [y, m] = period.split("-").map(Number) as [number, number];
  const d = clampDay(billCycleDay);
  const start = Date.UTC(y, m - 1, d);
  const end = Date.UTC(y, m, d);
  const iso = (t: number) => new Date(t).toISOString().slice(0, 10);
  return { start: iso(start), end: iso(end), days: Math.round((end - start) / 86_400_000) };
}
