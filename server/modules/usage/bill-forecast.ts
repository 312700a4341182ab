// The forecast of the next bill, a deliberately simple and deterministic projection:
//   recurring fees of the whole period (as the preview rates them) + one-off charges and discounts as they stand
//   + usage charges so far × days in the period / days elapsed (today counts as elapsed)
//   + VAT at the period's rate on that net amount.
// Usage is assumed to go on at the pace seen so far; everything in integer minor units, rounded half away from zero.
import type { ForecastView } from "./usage.schemas";

export type ForecastLine = { kind: "recurring" | "usage" | "one_time" | "discount" | "tax"; amountMinor: number; quantity: number | null };

const DAY_MS = 86_400_000;

/** n / d rounded half away from zero, in integers (d > 0). */
export function divRound(n: bigint, d: bigint): bigint {
  const q = (2n * (n < 0n ? -n : n) + d) / (2n * d);
  return n < 0n ? -q : q;
}

export function forecastBill(input: {
  lines: readonly ForecastLine[];
  periodStart: string;
  periodDays: number;
  today: string;
  currency: string;
  defaultTaxRateBp?: number;
}): ForecastView {
  const { lines, periodDays } = input;
  const elapsed = Math.round((Date.parse(`${input.today}T00:00:00Z`) - Date.parse(`${input.periodStart}T00:00:00Z`)) / DAY_MS) + 1;
  const daysElapsed = Math.min(Math.max(elapsed, 1), periodDays);
  const sum = (kinds: ForecastLine["kind"][]) =>
    lines.filter((l) => kinds.includes(l.kind)).reduce((s, l) => s + BigInt(l.amountMinor), 0n);
  const recurring = sum(["recurring"]);
  const other = sum(["one_time", "discount"]);
  const usage = sum(["usage"]);
  const projected = divRound(usage * BigInt(periodDays), BigInt(daysElapsed));
  // The tax line carries its rate in basis points as its quantity.
  const taxRateBp = lines.find((l) => l.kind === "tax")?.quantity ?? input.defaultTaxRateBp ?? 0;
  const net = recurring + other + projected;
  const tax = divRound(net * BigInt(taxRateBp), 10_000n);
  return {
    daysElapsed,
    periodDays,
    recurringMinor: Number(recurring),
    otherMinor: Number(other),
    usageSoFarMinor: Number(usage),
    projectedUsageMinor: Number(projected),
    taxRateBp,
    netMinor: Number(net),
    taxMinor: Number(tax),
    totalMinor: Number(net + tax),
    currency: input.currency,
  };
}
