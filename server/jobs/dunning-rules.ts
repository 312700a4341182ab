// The dunning calendar, as pure rules: which notice a bill has reached on a day, when an account's unpaid bills
// suspend its non-essential services, and how much of a bill counts (what is under open dispute is held out).
import { dayNumber, isoDate, type IsoDate } from "~/server/domain/billing/vocabulary";

/** Days after the due date at which each notice goes out: 1 reminder, 2 second reminder, 3 final notice. */
export const dunningSteps = [
  { step: 1, afterDays: 1 },
  { step: 2, afterDays: 14 },
  { step: 3, afterDays: 30 },
] as const;

/** The final notice (day +30) gives seven days: suspension comes on day +37. */
export const SUSPEND_AFTER_DAYS = 37;

export const daysLate = (dueDate: IsoDate, today: IsoDate) => dayNumber(today) - dayNumber(dueDate);

/** The latest notice reached `today` for a bill due on `dueDate`, or null before the first. */
export function stepReached(dueDate: IsoDate, today: IsoDate): number | null {
  const late = daysLate(dueDate, today);
  return dunningSteps.filter((s) => late >= s.afterDays).at(-1)?.step ?? null;
}

/** The day a bill due on `dueDate` suspends the account's services if it is still unpaid. */
export const suspensionDay = (dueDate: IsoDate): IsoDate => isoDate(dayNumber(dueDate) + SUSPEND_AFTER_DAYS);

export type DunnedBill = { id: string; paymentDueDate: IsoDate; remainingMinor: bigint; disputedMinor: bigint; arranged: boolean };

/** What of a bill counts toward dunning: its unpaid part less what is under open dispute, never below zero. */
export const owedOf = (b: Pick<DunnedBill, "remainingMinor" | "disputedMinor">) =>
  b.remainingMinor > b.disputedMinor ? b.remainingMinor - b.disputedMinor : 0n;

/** The bills that suspend an account today: owed, past the suspension day, not under a payment arrangement. */
export const suspendingBills = <B extends DunnedBill>(bills: B[], today: IsoDate): B[] =>
  bills.filter((b) => !b.arranged && owedOf(b) > 0n && suspensionDay(b.paymentDueDate) <= today);
