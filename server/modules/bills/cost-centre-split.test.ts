import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { allocate, splitByCostCentre, type SplitBill } from "./cost-centre-split";

type Line = SplitBill["lines"][number];
const line = (kind: Line["kind"], amountMinor: number, costCentreId: string | null, serviceId: string | null): Line => ({
  id: `${Math.random()}`,
  kind,
  service: serviceId ? { id: serviceId, kind: "mobile", identifier: serviceId, label: null } : null,
  costCentreId,
  usageKind: null,
  zone: null,
  description: kind,
  quantity: null,
  startDate: null,
  endDate: null,
  amount: { amountMinor, currency: "CZK" },
});

describe("allocate", () => {
  it("shares by largest remainder, ties to the earlier share", () => {
    expect(allocate(100, [1, 1, 1])).toEqual([34, 33, 33]);
    expect(allocate(10, [5, 3, 2])).toEqual([5, 3, 2]);
    expect(allocate(7, [1, 1])).toEqual([4, 3]);
  });

  it("handles negative weights (a centre with only discounts) and negative amounts", () => {
    expect(allocate(21, [200, -100])).toEqual([42, -21]);
    expect(allocate(-21, [50, 50])).toEqual([-10, -11]);
  });

  it("sends everything to the fallback when there is nothing to weigh by", () => {
    expect(allocate(5, [0, 0, 0], 2)).toEqual([0, 0, 5]);
  });

  it("always sums exactly to the amount", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -1e7, max: 1e7 }),
        fc.array(fc.integer({ min: -1e6, max: 1e6 }), { minLength: 1, maxLength: 8 }),
        (amount, weights) => {
          expect(allocate(amount, weights).reduce((s, x) => s + x, 0)).toBe(amount);
        },
      ),
      { numRuns: 1000 },
    );
  });
});

describe("splitByCostCentre", () => {
  it("groups lines by cost centre, unassigned last, and shares the VAT so the totals add up", () => {
    const lines = [
      line("recurring", 33_333, "cc-b", "s1"),
      line("usage", 1_001, "cc-b", "s1"),
      line("recurring", 50_000, "cc-a", "s2"),
      line("recurring", 10_000, "cc-a", "s3"),
      line("one_time", 9_900, null, null),
      line("tax", 21_222, null, null),
    ];
    const split = splitByCostCentre({ lines, taxIncludedAmount: { amountMinor: 125_456, currency: "CZK" } });
    expect(split.map((s) => [s.costCentreId, s.netMinor, s.serviceCount])).toEqual([
      ["cc-a", 60_000, 2],
      ["cc-b", 34_334, 1],
      [null, 9_900, 0],
    ]);
    expect(split.reduce((s, x) => s + x.totalMinor, 0)).toBe(125_456);
    expect(split.reduce((s, x) => s + x.vatMinor, 0)).toBe(21_222);
    // 21 222 × (60 000 | 34 334 | 9 900) / 104 234 = 12 215.98 | 6 990.36 | 2 015.65: the two largest remainders round up
    expect(split.map((s) => s.vatMinor)).toEqual([12_216, 6_990, 2_016]);
  });
});
