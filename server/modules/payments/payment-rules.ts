// How much a customer may pay at once. The amount is always decided on the server; the browser only proposes
// a part. Pure, so the bill page can show the same range it will be held to.
import type { PaymentView } from "./payments.schemas";

/** 100 CZK, in the minor units of the currencies the operator bills in (about the same worth in EUR). */
const FLOOR_MINOR: Record<string, number> = { CZK: 10_000, EUR: 400 };
const DEFAULT_FLOOR_MINOR = 10_000;

export type PartPaymentRange = { minMinor: number; maxMinor: number };

/**
 * A part payment lies between the smaller of 10 % of the amount due (rounded up) and the currency's floor, and the
 * amount due. The minimum is never more than the amount due, so a small remainder can always be paid whole.
 */
export function partPaymentRange(amountDueMinor: number, currency: string): PartPaymentRange | null {
  if (!Number.isSafeInteger(amountDueMinor) || amountDueMinor <= 0) return null;
  const floor = FLOOR_MINOR[currency.toUpperCase()] ?? DEFAULT_FLOOR_MINOR;
  const minMinor = Math.min(Math.ceil(amountDueMinor / 10), floor, amountDueMinor);
  return { minMinor: Math.max(1, minMinor), maxMinor: amountDueMinor };
}

/** The amount to charge: the whole amount due unless a valid part was asked for; null when outside the range. */
export function amountToCharge(amountDueMinor: number, currency: string, requestedMinor?: number): number | null {
  const range = partPaymentRange(amountDueMinor, currency);
  if (!range) return null;
  if (requestedMinor === undefined) return range.maxMinor;
  return requestedMinor >= range.minMinor && requestedMinor <= range.maxMinor ? requestedMinor : null;
}

/** Receipts are only for money received: a payment still processing or cancelled has none. */
export const hasReceipt = (p: Pick<PaymentView, "paidAt" | "state">): p is Pick<PaymentView, "state"> & { paidAt: Date } =>
  p.paidAt !== null && p.state !== "processing" && p.state !== "cancelled";

const BRAND_NAMES: Record<string, string> = {
  visa: "Visa",
  mastercard: "Mastercard",
  amex: "American Express",
  discover: "Discover",
  diners: "Diners Club",
  jcb: "JCB",
  unionpay: "UnionPay",
};

/** Stripe names card brands in lower case ("visa"); people read them as the brands write themselves. */
export const cardBrandName = (brand: string) => BRAND_NAMES[brand.toLowerCase()] ?? brand;
