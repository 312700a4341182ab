// The value conventions of the facades: ISO 8601 instants and money as {unit, value} in major units.
import type { Money } from "~/server/gateways/billing/billing-gateway";

export type TmfMoney = { unit: string; value: number };

const digits = new Map<string, number>();
function fractionDigits(currency: string): number {
  let n = digits.get(currency);
  if (n === undefined) {
    n = new Intl.NumberFormat("en", { style: "currency", currency }).resolvedOptions().maximumFractionDigits ?? 2;
    digits.set(currency, n);
  }
  return n;
}

export const tmfMoney = ({ amountMinor, currency }: Money): TmfMoney => ({
  unit: currency,
  value: amountMinor / 10 ** fractionDigits(currency),
});

/** An instant, or a calendar date (YYYY-MM-DD) read as the start of that day in UTC. */
export const isoInstant = (at: Date | string): string => (typeof at === "string" ? new Date(`${at}T00:00:00.000Z`) : at).toISOString();

export const isoOrUndefined = (at: Date | null | undefined) => (at ? at.toISOString() : undefined);
