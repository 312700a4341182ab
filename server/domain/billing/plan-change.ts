// What a plan change does to the bills, before it is ordered: the monthly difference, and what the
// bill for the current period carries. "now" splits the current period between the two plans by days
// (as the bill run prorates); "next_period" starts the new plan with the next period, so the current
// bill is unchanged.
import { divRound } from "./rounding";
import { billingPeriod, dayNumber, type IsoDate } from "./vocabulary";

export type PlanChangeTiming = "now" | "next_period";

export type PlanChangePreview = {
  monthlyDifferenceMinor: number;
  effectiveDate: IsoDate;
  /** The period whose bill comes next, [start, end). */
  period: { start: IsoDate; end: IsoDate };
  /** The difference the next bill carries for the rest of the period (0 for the next period). */
  nextBillDifferenceMinor: number;
};

/** The billing period holding `today`. */
export function periodHolding(today: IsoDate, billCycleDay: number): { start: IsoDate; end: IsoDate; days: number } {
  const month = today.slice(0, 7);
  const p = billingPeriod(month, billCycleDay);
  if (today >= p.start) return p;
  const [y, m] = month.split("-").map(Number) as [number, number];
  return billingPeriod(new Date(Date.UTC(y, m - 2, 1)).toISOString().slice(0, 7), billCycleDay);
}

export function previewPlanChange(input: {
  fromFeeMinor: number;
  toFeeMinor: number;
  billCycleDay: number;
  today: IsoDate;
  timing: PlanChangeTiming;
}): PlanChangePreview {
  const period = periodHolding(input.today, input.billCycleDay);
  const monthlyDifferenceMinor = input.toFeeMinor - input.fromFeeMinor;
  if (input.timing === "next_period") {
    return {
      monthlyDifferenceMinor,
      effectiveDate: period.end,
      period: { start: period.start, end: period.end },
      nextBillDifferenceMinor: 0,
    };
  }
  const daysLeft = dayNumber(period.end) - dayNumber(input.today);
  const difference = divRound(BigInt(monthlyDifferenceMinor) * BigInt(daysLeft), BigInt(period.days));
  return {
    monthlyDifferenceMinor,
    effectiveDate: input.today,
    period: { start: period.start, end: period.end },
    nextBillDifferenceMinor: Number(difference),
  };
}
