// Pure rating: the reference semantics of a bill (primitives here, the whole bill in rating-account.ts).
// The SQL bill run (bill-run-sql.ts) must agree with rateAccount() to the minor unit; bill-run.int.test.ts
// checks that on generated data.
//
// The one rounding rule: every money line is an exact rational (fee × days / period days,
// charged quantity × price / unit, …) rounded ONCE, half away from zero, to a minor unit (divRound).
// Nothing is rounded per CDR. VAT is rounded once per bill, on the sum of the rounded lines.
// Quantities: prorated allowances are rounded down to whole base units (the customer is never
// given less than a whole unit short, and never a fraction).
// Days are UTC calendar days; a period is [cycle day of month M, same day of month M+1).

// The vocabulary and the rounding rule live in server/domain/billing (the portal shares them); the
// billing system's own files keep importing them from here, next to the rest of rating.
import { divRound } from "~/server/domain/billing/rounding";
import { dayNumber, type IsoDate, type LineKind, type UsageKind, type UsageZone } from "~/server/domain/billing/vocabulary";

export { divRound } from "~/server/domain/billing/rounding";
export {
  billingPeriod,
  dayNumber,
  isoDate,
  usageKinds,
  usageZones,
  type IsoDate,
  type LineKind,
  type UsageKind,
  type UsageZone,
} from "~/server/domain/billing/vocabulary";

export type Rate = { priceMicro: bigint; unitSize: number; fromAllowance: boolean };
/** Base units per usage kind (seconds, messages, bytes); null = unlimited. */
export type Allowance = Record<UsageKind, bigint | null>;
export type PlanTariff = {
  id: string;
  name: string;
  monthlyFeeMinor: bigint;
  allowance: Allowance;
  rates: Partial<Record<`${UsageKind}:${UsageZone}`, Rate>>;
};
export type AddOnTariff = { id: string; name: string; monthlyFeeMinor: bigint; allowance: Record<UsageKind, bigint> };
export type Catalogue = { plans: ReadonlyMap<string, PlanTariff>; addOns: ReadonlyMap<string, AddOnTariff> };

export type Span = { start: IsoDate; end: IsoDate | null };
export type ServiceInput = {
  id: string;
  costCentreId: string | null;
  planPeriods: (Span & { planId: string })[];
  addOns: (Span & { addOnId: string })[];
};
export type Cdr = { id: bigint; serviceId: string; kind: UsageKind; zone: UsageZone; startedAt: Date; quantity: bigint };
export type OneTimeChargeInput = { id: string; serviceId: string | null; description: string; amountMinor: bigint; chargeDate: IsoDate };
export type DiscountInput = Span & {
  id: string;
  serviceId: string | null;
  description: string;
  kind: "percent" | "fixed";
  percentBp: number | null;
  amountMinor: bigint | null;
};
export type AccountInput = {
  billCycleDay: number;
  vatRateBp: number;
  services: ServiceInput[];
  cdrs: Cdr[];
  /** charges not yet on any bill */
  oneTimeCharges: OneTimeChargeInput[];
  discounts: DiscountInput[];
};

export type DraftLine = {
  serviceId: string | null;
  costCentreId: string | null;
  kind: LineKind;
  usageKind: UsageKind | null;
  zone: UsageZone | null;
  planId: string | null;
  addOnId: string | null;
  discountId: string | null;
  oneTimeChargeId: string | null;
  description: string;
  quantity: bigint | null;
  startDate: IsoDate | null;
  endDate: IsoDate | null;
  amountMinor: bigint;
};
export type RatedUsageRow = {
  serviceId: string;
  planId: string;
  segmentStart: IsoDate;
  kind: UsageKind;
  zone: UsageZone;
  cdrCount: number;
  /** the segment's allowance for the kind, shared by its zones; null = unlimited */
  allowance: bigint | null;
  quantity: bigint;
  includedQuantity: bigint;
  chargedQuantity: bigint;
  priceMicro: bigint;
  unitSize: number;
  amountMinor: bigint;
};
export type BillDraft = {
  periodStart: IsoDate;
  periodEnd: IsoDate;
  vatRateBp: number;
  lines: DraftLine[];
  ratedUsage: RatedUsageRow[];
  netMinor: bigint;
  taxMinor: bigint;
  totalMinor: bigint;
  unratedCdrIds: bigint[];
};

/** Days of [a.start, a.end) ∩ [b.start, b.end); open ends are unbounded. */
export function overlapDays(a: Span, b: Span): number {
  const lo = Math.max(dayNumber(a.start), dayNumber(b.start));
  const hi = Math.min(a.end ? dayNumber(a.end) : Infinity, b.end ? dayNumber(b.end) : Infinity);
  return Math.max(0, hi - lo);
}

/** Fee for `days` of a period of `periodDays`. */
export const prorate = (monthlyMinor: bigint, days: number, periodDays: number): bigint =>
  divRound(monthlyMinor * BigInt(days), BigInt(periodDays));

/** Amount of `charged` base units at a rate. */
export const usageAmount = (charged: bigint, rate: Pick<Rate, "priceMicro" | "unitSize">): bigint =>
  divRound(charged * rate.priceMicro, BigInt(rate.unitSize) * 1_000_000n);

/** Time-ordered consumption: the part of each quantity covered by what is left of the allowance. */
export function consumeAllowance(quantities: readonly bigint[], allowance: bigint | null): bigint[] {
  let left = allowance;
  return quantities.map((q) => {
    if (left === null) return q;
    const included = q < left ? q : left;
    left -= included;
    return included;
  });
}

/** CDRs in time order; the id breaks ties, as in the SQL window. */
export const cdrOrder = (a: Cdr, b: Cdr): number =>
  a.startedAt.getTime() - b.startedAt.getTime() || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
