// The words billing and the portal share: what usage is (kind, zone), what a bill line is, and how
// billing periods are named and bounded. Pure: the billing system and the portal's modules import it alike.

export const usageKinds = ["voice", "sms", "data"] as const;
export type UsageKind = (typeof usageKinds)[number];
export const usageZones = ["national", "international", "roaming_eu", "roaming_world", "premium"] as const;
export type UsageZone = (typeof usageZones)[number];
export const lineKinds = ["recurring", "usage", "one_time", "discount", "tax"] as const;
export type LineKind = (typeof lineKinds)[number];
export const billStates = ["issued", "partially_paid", "paid", "overdue"] as const;
export type BillState = (typeof billStates)[number];
/** A calendar date, YYYY-MM-DD. */
export type IsoDate = string;

const DAY_MS = 86_400_000;
export const dayNumber = (d: IsoDate): number => Date.parse(`${d}T00:00:00Z`) / DAY_MS;
export const isoDate = (day: number): IsoDate => new Date(day * DAY_MS).toISOString().slice(0, 10);

/** Period "YYYY-MM" of an account with this bill-cycle day (days past 28 bill on the 28th). */
export function billingPeriod(period: string, billCycleDay: number): { start: IsoDate; end: IsoDate; days: number } {
  const m = /^(\d{4})-(\d{2})$/.exec(period);
  if (!m || Number(m[2]) < 1 || Number(m[2]) > 12) throw new RangeError(`period must be YYYY-MM, not "${period}"`);
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Math.min(Math.max(billCycleDay, 1), 28)];
  const start = Date.UTC(y, mo - 1, d) / DAY_MS;
  const end = Date.UTC(y, mo, d) / DAY_MS;
  return { start: isoDate(start), end: isoDate(end), days: end - start };
}

/** The period after "YYYY-MM". */
export const nextPeriod = (period: string) => {
  const [y, m] = period.split("-").map(Number) as [number, number];
  return new Date(Date.UTC(y, m, 1)).toISOString().slice(0, 7);
};

/** The period whose end is today or earlier for accounts billed on `cycleDay`, as of `now`. */
export function endedPeriod(now: Date, cycleDay: number): string {
  const day = Math.min(Math.max(cycleDay, 1), 28);
  const back = now.getUTCDate() >= day ? 1 : 2;
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - back, 1)).toISOString().slice(0, 7);
}
