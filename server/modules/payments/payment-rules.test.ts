import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { amountToCharge, hasReceipt, partPaymentRange } from "./payment-rules";

describe("partPaymentRange", () => {
  it("asks at least 10 % of the amount due, rounded up, while that is under the floor", () => {
    expect(partPaymentRange(9_632, "CZK")).toEqual({ minMinor: 964, maxMinor: 9_632 });
    expect(partPaymentRange(1_001, "EUR")).toEqual({ minMinor: 101, maxMinor: 1_001 });
    expect(partPaymentRange(1, "CZK")).toEqual({ minMinor: 1, maxMinor: 1 });
  });

  it("never asks more than the currency's floor (CZK 100, EUR 4) on a large bill", () => {
    expect(partPaymentRange(250_000, "CZK")).toEqual({ minMinor: 10_000, maxMinor: 250_000 });
    expect(partPaymentRange(250_000, "EUR")).toEqual({ minMinor: 400, maxMinor: 250_000 });
    // Exactly at the point where 10 % reaches the floor.
    expect(partPaymentRange(100_000, "CZK")!.minMinor).toBe(10_000);
    expect(partPaymentRange(4_000, "EUR")!.minMinor).toBe(400);
    expect(partPaymentRange(4_001, "EUR")!.minMinor).toBe(400);
  });

  it("reads the currency in any case, and holds an unknown one to the CZK floor", () => {
    expect(partPaymentRange(250_000, "eur")).toEqual({ minMinor: 400, maxMinor: 250_000 });
    expect(partPaymentRange(250_000, "USD")).toEqual({ minMinor: 10_000, maxMinor: 250_000 });
  });

  it("has no range when nothing (or not a whole number of minor units) is due", () => {
    for (const due of [0, -1, -10_000, 10.5, Number.NaN, Number.POSITIVE_INFINITY, Number.MAX_SAFE_INTEGER + 1])
      expect(partPaymentRange(due, "CZK"), String(due)).toBeNull();
  });
});

describe("amountToCharge", () => {
  it("charges all that is due when no part is asked for", () => {
    expect(amountToCharge(9_632, "CZK")).toBe(9_632);
    expect(amountToCharge(250_000, "EUR", undefined)).toBe(250_000);
  });

  it("charges a part from the minimum up to the amount due, both ends included", () => {
    expect(amountToCharge(9_632, "CZK", 964)).toBe(964);
    expect(amountToCharge(9_632, "CZK", 5_000)).toBe(5_000);
    expect(amountToCharge(9_632, "CZK", 9_632)).toBe(9_632);
    expect(amountToCharge(250_000, "EUR", 400)).toBe(400);
  });

  it("refuses a part below the minimum or above the amount due", () => {
    expect(amountToCharge(9_632, "CZK", 963)).toBeNull();
    expect(amountToCharge(9_632, "CZK", 9_633)).toBeNull();
    expect(amountToCharge(250_000, "EUR", 399)).toBeNull();
    expect(amountToCharge(9_632, "CZK", 0)).toBeNull();
    expect(amountToCharge(9_632, "CZK", -964)).toBeNull();
    expect(amountToCharge(9_632, "CZK", Number.NaN)).toBeNull();
  });

  it("charges nothing when nothing is due, whatever was asked", () => {
    expect(amountToCharge(0, "CZK")).toBeNull();
    expect(amountToCharge(-500, "CZK")).toBeNull();
    expect(amountToCharge(-500, "CZK", 100)).toBeNull();
  });

  it("returns null or an amount between the minimum and the amount due, for any amount due and any request", () => {
    const currency = fc.constantFrom("CZK", "EUR", "czk", "USD");
    const requested = fc.option(fc.oneof(fc.integer({ min: -1e6, max: 1e12 }), fc.double({ noNaN: false })), { nil: undefined });
    fc.assert(
      fc.property(fc.integer({ min: 1, max: Number.MAX_SAFE_INTEGER }), currency, requested, (due, cur, asked) => {
        const range = partPaymentRange(due, cur)!;
        const charged = amountToCharge(due, cur, asked);
        if (asked === undefined) expect(charged).toBe(due);
        if (charged === null) return;
        expect(charged).toBeGreaterThanOrEqual(range.minMinor);
        expect(charged).toBeLessThanOrEqual(due);
        expect(range.minMinor).toBeGreaterThanOrEqual(1);
        // Anything accepted is what was asked for: the server never rounds a request into the range.
        if (asked !== undefined) expect(charged).toBe(asked);
      }),
      { numRuns: 2_000 },
    );
  });
});

describe("hasReceipt", () => {
  const paidAt = new Date("2026-11-23T10:00:00Z");

  it("is for money received, refunded in part or in full included", () => {
    for (const state of ["succeeded", "partially_refunded", "refunded"] as const) expect(hasReceipt({ state, paidAt }), state).toBe(true);
  });

  it("is not for a payment still processing, cancelled, or without the time it was paid", () => {
    expect(hasReceipt({ state: "processing", paidAt })).toBe(false);
    expect(hasReceipt({ state: "cancelled", paidAt })).toBe(false);
    expect(hasReceipt({ state: "succeeded", paidAt: null })).toBe(false);
  });
});
