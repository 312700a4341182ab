import { describe, expect, it } from "vitest";
import { divRound, forecastBill, type ForecastLine } from "./bill-forecast";
import { currentPeriod, periodSpan } from "./current-period";

const lines: ForecastLine[] = [
  { kind: "recurring", amountMinor: 39_900, quantity: 30 },
  { kind: "recurring", amountMinor: 59_900, quantity: 30 },
  { kind: "usage", amountMinor: 1_000, quantity: 600 },
  { kind: "usage", amountMinor: 500, quantity: 10 },
  { kind: "discount", amountMinor: -5_000, quantity: 30 },
  { kind: "one_time", amountMinor: 2_000, quantity: null },
  { kind: "tax", amountMinor: 20_000, quantity: 2100 },
];

describe("bill forecast", () => {
  it("scales usage charges by days in the period over days elapsed and adds VAT at the bill's rate", () => {
    const f = forecastBill({ lines, periodStart: "2026-11-01", periodDays: 30, today: "2026-11-10", currency: "CZK" });
    expect(f).toMatchObject({
      daysElapsed: 10,
      periodDays: 30,
      recurringMinor: 99_800,
      otherMinor: -3_000,
      usageSoFarMinor: 1_500,
      projectedUsageMinor: 4_500,
    });
    expect(f.netMinor).toBe(99_800 - 3_000 + 4_500);
    expect(f.taxMinor).toBe(21_273); // 101 300 × 21 % = 21 273
    expect(f.totalMinor).toBe(f.netMinor + f.taxMinor);
  });

  it("counts today as elapsed: on the first day usage is multiplied by the whole period", () => {
    const f = forecastBill({ lines, periodStart: "2026-11-01", periodDays: 30, today: "2026-11-01", currency: "CZK" });
    expect(f.daysElapsed).toBe(1);
    expect(f.projectedUsageMinor).toBe(45_000);
  });

  it("on the last day projects exactly the usage so far, and never past the period", () => {
    for (const today of ["2026-11-30", "2026-12-05"]) {
      const f = forecastBill({ lines, periodStart: "2026-11-01", periodDays: 30, today, currency: "CZK" });
      expect(f.daysElapsed).toBe(30);
      expect(f.projectedUsageMinor).toBe(1_500);
    }
  });

  it("rounds half away from zero, in integers", () => {
    expect(divRound(5n, 2n)).toBe(3n);
    expect(divRound(-5n, 2n)).toBe(-3n);
    expect(divRound(4n, 3n)).toBe(1n);
    const f = forecastBill({
      lines: [{ kind: "usage", amountMinor: 1, quantity: 1 }],
      periodStart: "2026-11-01",
      periodDays: 30,
      today: "2026-11-20",
      currency: "CZK",
      defaultTaxRateBp: 2100,
    });
    expect(f.projectedUsageMinor).toBe(2); // 1 × 30 / 20 = 1.5 → 2
    expect(f.taxMinor).toBe(0); // 2 × 0.21 = 0.42 → 0
  });

  it("is deterministic: the same lines and day give the same forecast", () => {
    const a = forecastBill({ lines, periodStart: "2026-11-15", periodDays: 30, today: "2026-11-23", currency: "EUR" });
    expect(
      forecastBill({ lines: [...lines].reverse(), periodStart: "2026-11-15", periodDays: 30, today: "2026-11-23", currency: "EUR" }),
    ).toEqual(a);
  });
});

describe("current period", () => {
  it("starts on the bill-cycle day, named after the month it starts in", () => {
    expect(currentPeriod(new Date("2026-11-23T10:00:00Z"), 1)).toBe("2026-11");
    expect(currentPeriod(new Date("2026-11-23T10:00:00Z"), 25)).toBe("2026-10");
    expect(currentPeriod(new Date("2026-01-03T00:00:00Z"), 15)).toBe("2025-12");
    expect(currentPeriod(new Date("2026-11-28T00:00:00Z"), 31)).toBe("2026-11"); // days past 28 bill on the 28th
  });

  it("spans one month from the cycle day", () => {
    expect(periodSpan("2026-11", 1)).toEqual({ start: "2026-11-01", end: "2026-12-01", days: 30 });
    expect(periodSpan("2026-12", 15)).toEqual({ start: "2026-12-15", end: "2027-01-15", days: 31 });
  });
});
