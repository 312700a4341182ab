// "With your usage you would have paid … a month": each candidate plan rated on the service's own
// recent usage with the bill's own rating (rateAccount), one whole period per plan, no discounts or
// one-off charges, net of VAT like the plans' listed monthly fees.
import { billingPeriod, divRound, type Catalogue, type Cdr } from "./rating";
import { rateAccount } from "./rating-account";

export type UsagePricingInput = {
  serviceId: string;
  billCycleDay: number;
  /** The periods to rate ("YYYY-MM"), usually the last three ended ones. */
  periods: readonly string[];
  cdrs: readonly Cdr[];
  catalogue: Catalogue;
};

/** The plan's fee plus usage charges per period and their average (rounded once), in minor units. */
export function priceOnUsage(planId: string, input: UsagePricingInput): { perPeriod: bigint[]; averageMinor: bigint } {
  const perPeriod = input.periods.map((period) => {
    const { start } = billingPeriod(period, input.billCycleDay);
    const draft = rateAccount(
      period,
      {
        billCycleDay: input.billCycleDay,
        vatRateBp: 0,
        services: [{ id: input.serviceId, costCentreId: null, planPeriods: [{ planId, start, end: null }], addOns: [] }],
        cdrs: input.cdrs.filter((c) => c.serviceId === input.serviceId),
        oneTimeCharges: [],
        discounts: [],
      },
      input.catalogue,
    );
    return draft?.netMinor ?? 0n;
  });
  const total = perPeriod.reduce((a, b) => a + b, 0n);
  return { perPeriod, averageMinor: perPeriod.length ? divRound(total, BigInt(perPeriod.length)) : 0n };
}

/** The `count` periods that have ended as of `lastEnded`, oldest first. */
export function periodsBefore(lastEnded: string, count: number): string[] {
  const [y, m] = lastEnded.split("-").map(Number) as [number, number];
  return Array.from({ length: count }, (_, i) => new Date(Date.UTC(y, m - 1 - (count - 1 - i), 1)).toISOString().slice(0, 7));
}
