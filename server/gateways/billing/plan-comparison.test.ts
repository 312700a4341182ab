import { describe, expect, it } from "vitest";
import { catalogue, cdr, mobile, mobileBig } from "./__fixtures__/rating.fixture";
import { periodsBefore, priceOnUsage } from "./plan-comparison";

const GIB = 1_073_741_824;
const base = { serviceId: "svc-1", billCycleDay: 1, periods: ["2026-08", "2026-09", "2026-10"], catalogue };

describe("pricing a plan on the customer's own usage", () => {
  it("is the monthly fee alone when the usage stays within the allowance", () => {
    const cdrs = [cdr("svc-1", "voice", "national", "2026-09-03T10:00:00Z", 600)];
    expect(priceOnUsage(mobile.id, { ...base, cdrs })).toEqual({ perPeriod: [31_000n, 31_000n, 31_000n], averageMinor: 31_000n });
  });

  it("adds what the usage over the allowance would have cost, and averages the periods", () => {
    // 2 GiB in September: 1 GiB over Mobile's allowance at 0.50 per MiB = 512.00; Mobile Big has no data allowance.
    const cdrs = [cdr("svc-1", "data", "national", "2026-09-10T08:00:00Z", 2 * GIB)];
    const small = priceOnUsage(mobile.id, { ...base, cdrs });
    expect(small.perPeriod).toEqual([31_000n, 31_000n + 51_200n, 31_000n]);
    expect(small.averageMinor).toBe(48_067n);
    expect(priceOnUsage(mobileBig.id, { ...base, cdrs }).perPeriod[1]).toBe(62_000n + 102_400n);
  });

  it("ignores another service's usage and usage outside the periods", () => {
    const cdrs = [
      cdr("svc-2", "voice", "international", "2026-09-03T10:00:00Z", 600),
      cdr("svc-1", "voice", "international", "2026-11-03T10:00:00Z", 600),
    ];
    expect(priceOnUsage(mobile.id, { ...base, cdrs }).averageMinor).toBe(31_000n);
  });

  it("counts the last periods back from the one that ended last, across a new year", () => {
    expect(periodsBefore("2026-01", 3)).toEqual(["2025-11", "2025-12", "2026-01"]);
    expect(periodsBefore("2026-10", 3)).toEqual(["2026-08", "2026-09", "2026-10"]);
  });
});
