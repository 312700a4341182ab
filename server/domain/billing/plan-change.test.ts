import { describe, expect, it } from "vitest";
import { periodHolding, previewPlanChange } from "./plan-change";

const base = { fromFeeMinor: 34_900, toFeeMinor: 54_900, billCycleDay: 1 };

describe("previewing a plan change", () => {
  it("from the next period: the current bill is unchanged and the new plan starts when the period ends", () => {
    expect(previewPlanChange({ ...base, today: "2026-11-23", timing: "next_period" })).toEqual({
      monthlyDifferenceMinor: 20_000,
      effectiveDate: "2026-12-01",
      period: { start: "2026-11-01", end: "2026-12-01" },
      nextBillDifferenceMinor: 0,
    });
  });

  it("now: the next bill carries the difference for the days left, rounded once", () => {
    // 8 of November's 30 days left: 20 000 × 8 / 30 = 5 333.33…
    expect(previewPlanChange({ ...base, today: "2026-11-23", timing: "now" })).toMatchObject({
      effectiveDate: "2026-11-23",
      nextBillDifferenceMinor: 5_333,
    });
    expect(previewPlanChange({ ...base, toFeeMinor: 24_900, today: "2026-11-01", timing: "now" }).nextBillDifferenceMinor).toBe(-10_000);
  });

  it("finds the period by the account's cycle day, across a year end", () => {
    expect(periodHolding("2027-01-10", 15)).toEqual({ start: "2026-12-15", end: "2027-01-15", days: 31 });
    expect(periodHolding("2027-01-15", 15)).toMatchObject({ start: "2027-01-15" });
  });
});
