import { describe, expect, it } from "vitest";
import { billingPeriod, consumeAllowance, divRound, prorate, usageAmount, type AccountInput, type DraftLine } from "./rating";
import { rateAccount } from "./rating-account";
import { account, catalogue, cdr, extraData, fixed, mobile, mobileBig } from "./__fixtures__/rating.fixture";

describe("the rounding rule: half away from zero, once", () => {
  it.each([
    [1n, 2n, 1n],
    [-1n, 2n, -1n],
    [3n, 4n, 1n],
    [1n, 4n, 0n],
    [5n, 10n, 1n],
    [4n, 10n, 0n],
    [-5n, 10n, -1n],
    [-4n, 10n, 0n],
    [0n, 7n, 0n],
    [10n, 5n, 2n],
    [149n, 100n, 1n],
    [150n, 100n, 2n],
    [-150n, 100n, -2n],
  ])("divRound(%s, %s) = %s", (n, d, expected) => expect(divRound(n, d)).toBe(expected));

  it("refuses a divisor that is not positive", () => expect(() => divRound(1n, 0n)).toThrow(RangeError));
});

describe("billing periods", () => {
  it.each([
    ["2026-10", 1, "2026-10-01", "2026-11-01", 31],
    ["2026-02", 1, "2026-02-01", "2026-03-01", 28],
    ["2028-02", 1, "2028-02-01", "2028-03-01", 29],
    ["2026-01", 31, "2026-01-28", "2026-02-28", 31],
    ["2026-12", 15, "2026-12-15", "2027-01-15", 31],
  ])("%s with cycle day %i runs %s to %s (%i days)", (period, cycle, start, end, days) =>
    expect(billingPeriod(period, cycle)).toEqual({ start, end, days }),
  );

  it.each(["2026-13", "2026-1", "26-10", "2026-10-01"])("rejects %s", (p) => expect(() => billingPeriod(p, 1)).toThrow(RangeError));
});

describe("proration by days", () => {
  it.each([
    ["one day of 31", 31_000n, 1, 31, 1_000n],
    ["a full month", 31_000n, 31, 31, 31_000n],
    ["one day of a leap February", 29_000n, 1, 29, 1_000n],
    ["one day of a leap February, inexact", 19_900n, 1, 29, 686n],
    ["a third, rounded down", 10_000n, 1, 3, 3_333n],
    ["two thirds, rounded up", 10_000n, 2, 3, 6_667n],
    ["exactly half a minor unit rounds up", 3n, 1, 2, 2n],
  ])("%s", (_, fee, days, periodDays, expected) => expect(prorate(fee, days, periodDays)).toBe(expected));
});

describe("allowance consumption in time order", () => {
  it.each([
    ["exactly at the allowance", [60n, 40n], 100n, [60n, 40n]],
    ["one unit over", [60n, 41n], 100n, [60n, 40n]],
    ["a single record over", [150n], 100n, [100n]],
    ["unlimited", [5n, 7n], null, [5n, 7n]],
    ["no allowance", [5n, 7n], 0n, [0n, 0n]],
    ["zero-quantity records", [0n, 5n], 3n, [0n, 3n]],
  ])("%s", (_, quantities, allowance, included) => expect(consumeAllowance(quantities, allowance)).toEqual(included));

  it.each([
    ["61 s at 2.50/min", 61n, 254n],
    ["90 s at 2.50/min", 90n, 375n],
    ["1 s at 2.50/min", 1n, 4n],
  ])("usage amount: %s", (_, seconds, expected) => expect(usageAmount(seconds, mobile.rates["voice:national"]!)).toBe(expected));
});

const lines = (a: AccountInput, kind?: DraftLine["kind"], period = "2026-10") =>
  (rateAccount(period, a, catalogue)?.lines ?? []).filter((l) => !kind || l.kind === kind);
const usage = (a: AccountInput) => lines(a, "usage").map((l) => [l.zone, l.quantity, l.amountMinor]);
const day = (d: number, h = 9) => `2026-10-${String(d).padStart(2, "0")}T${String(h).padStart(2, "0")}:00:00Z`;

describe("rating an account", () => {
  it.each<[string, AccountInput, unknown[]]>([
    ["voice exactly at the allowance costs nothing", account({ cdrs: [cdr("svc-1", "voice", "national", day(3), 6_000)] }), []],
    ["one second over is charged", account({ cdrs: [cdr("svc-1", "voice", "national", day(3), 6_001)] }), [["national", 1n, 4n]]],
    [
      "international is charged from the first second",
      account({ cdrs: [cdr("svc-1", "voice", "international", day(3), 60)] }),
      [["international", 60n, 990n]],
    ],
    [
      "EU roaming draws on the allowance (after national here)",
      account({
        cdrs: [cdr("svc-1", "voice", "national", day(3), 5_990), cdr("svc-1", "voice", "roaming_eu", day(4), 20)],
      }),
      [["roaming_eu", 10n, 50n]],
    ],
    [
      "whatever comes later crosses the allowance",
      account({
        cdrs: [cdr("svc-1", "voice", "national", day(4), 5_990), cdr("svc-1", "voice", "roaming_eu", day(3), 20)],
      }),
      [["national", 10n, 42n]],
    ],
    [
      "same start time: the id decides",
      account({
        cdrs: [cdr("svc-1", "voice", "national", day(3), 5_990, 2n), cdr("svc-1", "voice", "roaming_eu", day(3), 20, 1n)],
      }),
      [["national", 10n, 42n]],
    ],
    [
      "an add-on adds its allowance",
      account({
        services: [
          {
            id: "svc-1",
            costCentreId: null,
            planPeriods: [{ planId: mobile.id, start: "2024-01-01", end: null }],
            addOns: [{ addOnId: extraData.id, start: "2026-09-01", end: null }],
          },
        ],
        cdrs: [cdr("svc-1", "data", "national", day(5), 2n * 1_073_741_824n + 1_048_576n)],
      }),
      [["national", 1_048_576n, 50n]],
    ],
  ])("%s", (_, a, expected) => expect(usage(a)).toEqual(expected));

  it("prorates fee and allowance for an activation on the last day", () => {
    const a = account({
      services: [{ id: "svc-1", costCentreId: null, planPeriods: [{ planId: mobile.id, start: "2026-10-31", end: null }], addOns: [] }],
      cdrs: [cdr("svc-1", "voice", "national", day(31), 200)],
    });
    expect(lines(a, "recurring").map((l) => [l.quantity, l.amountMinor])).toEqual([[1n, 1_000n]]);
    expect(usage(a)).toEqual([["national", 7n, 29n]]); // allowance floor(6000 / 31) = 193 s
  });

  it("splits a plan change into two segments with their own fee, allowance and rates", () => {
    const a = account({
      services: [
        {
          id: "svc-1",
          costCentreId: null,
          addOns: [],
          planPeriods: [
            { planId: mobile.id, start: "2024-01-01", end: "2026-10-16" },
            { planId: mobileBig.id, start: "2026-10-16", end: null },
          ],
        },
      ],
      cdrs: [cdr("svc-1", "voice", "national", day(10), 3_000), cdr("svc-1", "voice", "national", day(20), 50_000)],
    });
    expect(lines(a, "recurring").map((l) => [l.planId, l.quantity, l.amountMinor])).toEqual([
      [mobile.id, 15n, 15_000n],
      [mobileBig.id, 16n, 32_000n],
    ]);
    expect(usage(a)).toEqual([["national", 97n, 404n]]); // first segment: floor(6000 × 15/31) = 2903 s included
  });

  it("stops billing at a termination; later usage is unrated", () => {
    const a = account({
      services: [
        { id: "svc-1", costCentreId: null, addOns: [], planPeriods: [{ planId: fixed.id, start: "2020-01-01", end: "2026-10-11" }] },
      ],
      cdrs: [cdr("svc-1", "voice", "national", day(5), 60, 10n), cdr("svc-1", "voice", "national", day(20), 60, 11n)],
    });
    const draft = rateAccount("2026-10", a, catalogue)!;
    expect(draft.lines.filter((l) => l.kind === "recurring").map((l) => l.amountMinor)).toEqual([6_419n]); // 19900 × 10/31
    expect(draft.unratedCdrIds).toEqual([11n]);
  });

  it("leaves CDRs of other periods alone and calls usage without a rate unrated", () => {
    const draft = rateAccount(
      "2026-10",
      account({
        cdrs: [cdr("svc-1", "voice", "national", "2026-11-01T00:00:00Z", 60, 20n), cdr("svc-1", "sms", "premium", day(2), 1, 21n)],
      }),
      catalogue,
    )!;
    expect(draft.ratedUsage).toEqual([]);
    expect(draft.unratedCdrIds).toEqual([21n]);
  });

  it("applies percent discounts by overlapping days and fixed ones whole", () => {
    const a = account({
      discounts: [
        {
          id: "d1",
          serviceId: "svc-1",
          description: "Half price",
          kind: "percent",
          percentBp: 5_000,
          amountMinor: null,
          start: "2026-01-01",
          end: "2026-10-11",
        },
        {
          id: "d2",
          serviceId: null,
          description: "Loyalty",
          kind: "fixed",
          percentBp: null,
          amountMinor: 10_000n,
          start: "2026-10-20",
          end: null,
        },
        {
          id: "d3",
          serviceId: null,
          description: "Expired",
          kind: "fixed",
          percentBp: null,
          amountMinor: 10_000n,
          start: "2026-01-01",
          end: "2026-10-01",
        },
      ],
    });
    expect(lines(a, "discount").map((l) => [l.discountId, l.quantity, l.amountMinor])).toEqual([
      ["d1", 10n, -5_000n],
      ["d2", null, -10_000n],
    ]);
  });

  it("bills one-time charges dated before the period end", () => {
    const a = account({
      oneTimeCharges: [
        { id: "c1", serviceId: "svc-1", description: "SIM swap", amountMinor: 9_900n, chargeDate: "2026-10-31" },
        { id: "c2", serviceId: null, description: "Next month", amountMinor: 5_000n, chargeDate: "2026-11-01" },
      ],
    });
    expect(lines(a, "one_time").map((l) => [l.oneTimeChargeId, l.amountMinor])).toEqual([["c1", 9_900n]]);
  });

  it.each([
    [1n, 0n],
    [3n, 1n],
    [50n, 11n],
    [-50n, -11n],
  ])("rounds VAT once per bill: net %s → VAT %s", (net, tax) => {
    const draft = rateAccount(
      "2026-10",
      account({
        services: [],
        oneTimeCharges: [{ id: "c", serviceId: null, description: "x", amountMinor: net, chargeDate: "2026-10-02" }],
      }),
      catalogue,
    )!;
    expect([draft.netMinor, draft.taxMinor, draft.totalMinor]).toEqual([net, tax, net + tax]);
  });

  it("issues no bill when there is nothing to bill", () => expect(rateAccount("2026-10", account({ services: [] }), catalogue)).toBeNull());
});
