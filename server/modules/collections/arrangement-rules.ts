// Payment arrangements as pure rules: who may split an overdue balance, into what instalments (amounts in minor
// units that add up exactly, dates that survive month ends and leap days), and how far a plan has been kept.
import { dayNumber, isoDate, type IsoDate } from "~/server/domain/billing/vocabulary";

export const instalmentCounts = [2, 3] as const;
export type InstalmentCount = (typeof instalmentCounts)[number];

/** Below this an overdue balance is paid in one go (minor units, any of the portal's currencies). */
export const MIN_ARRANGEMENT_MINOR = 5_000n;
/** A broken arrangement bars another for this many months. */
export const BROKEN_COOL_OFF_MONTHS = 12;
/** The first instalment falls due a week after the arrangement is made; the next ones a month apart. */
const FIRST_INSTALMENT_DAYS = 7;

export type Ineligible = "nothing_overdue" | "below_minimum" | "broken_recently" | "already_arranged";

/** Whether a customer may arrange the account's overdue balance today. */
export function eligibility(input: {
  owedMinor: bigint;
  today: IsoDate;
  /** Days on which the customer's earlier arrangements were broken. */
  brokenOn: IsoDate[];
  hasActive: boolean;
}): { eligible: true } | { eligible: false; reason: Ineligible } {
  if (input.hasActive) return { eligible: false, reason: "already_arranged" };
  if (input.owedMinor <= 0n) return { eligible: false, reason: "nothing_overdue" };
  const since = addMonths(input.today, -BROKEN_COOL_OFF_MONTHS);
  if (input.brokenOn.some((d) => d > since)) return { eligible: false, reason: "broken_recently" };
  if (input.owedMinor < MIN_ARRANGEMENT_MINOR) return { eligible: false, reason: "below_minimum" };
  return { eligible: true };
}

/** `date` moved by whole months, clamped to the target month's last day (31 Jan + 1 month = 28 or 29 Feb). */
export function addMonths(date: IsoDate, months: number): IsoDate {
  const [y, m, d] = date.split("-").map(Number) as [number, number, number];
  const lastDay = new Date(Date.UTC(y, m - 1 + months + 1, 0)).getUTCDate();
  return new Date(Date.UTC(y, m - 1 + months, Math.min(d, lastDay))).toISOString().slice(0, 10);
}

export type Instalment = { seq: number; dueDate: IsoDate; amountMinor: bigint };

/**
 * The balance in `count` instalments: equal parts in whole minor units, the odd units on the earliest ones (so the
 * plan never ends owing a cent), due a week from today and then monthly from that day (kept on the month's last day
 * when the month is shorter).
 */
export function splitInstalments(totalMinor: bigint, count: InstalmentCount, today: IsoDate): Instalment[] {
  const n = BigInt(count);
  const base = totalMinor / n;
  const odd = totalMinor % n;
  const first = isoDate(dayNumber(today) + FIRST_INSTALMENT_DAYS);
  return Array.from({ length: count }, (_, i) => ({
    seq: i + 1,
    dueDate: addMonths(first, i),
    amountMinor: base + (BigInt(i) < odd ? 1n : 0n),
  }));
}

export type InstalmentState = "paid" | "due" | "missed" | "upcoming";
export type ArrangementState = "active" | "kept" | "broken";

/**
 * How far a plan is kept: `paidMinor` (what the covered bills have been paid down since it was made) covers the
 * instalments in order; one left unpaid past its due date breaks the plan, all covered keeps it.
 */
export function progress(instalments: Instalment[], paidMinor: bigint, today: IsoDate) {
  let cumulative = 0n;
  let dueShown = false;
  const rows = instalments.map((i) => {
    cumulative += i.amountMinor;
    let state: InstalmentState;
    if (paidMinor >= cumulative) state = "paid";
    else if (i.dueDate < today) state = "missed";
    else if (!dueShown) state = "due";
    else state = "upcoming";
    if (state === "due") dueShown = true;
    return { ...i, state };
  });
  const status: ArrangementState = paidMinor >= cumulative ? "kept" : rows.some((r) => r.state === "missed") ? "broken" : "active";
  return { instalments: rows, status };
}
