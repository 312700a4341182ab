import { describe, expect, it } from "vitest";
import { barredFor, wholeServiceOff } from "~/server/domain/billing/suspension";
import { owedOf, stepReached, SUSPEND_AFTER_DAYS, suspendingBills, suspensionDay } from "./dunning-rules";

const bill = (paymentDueDate: string, remainingMinor: bigint, more: { disputedMinor?: bigint; arranged?: boolean } = {}) => ({
  id: paymentDueDate,
  paymentDueDate,
  remainingMinor,
  disputedMinor: more.disputedMinor ?? 0n,
  arranged: more.arranged ?? false,
});

describe("dunning calendar", () => {
  it("reaches a notice on day +1, +14 and +30 after the due date", () => {
    expect(stepReached("2026-10-15", "2026-10-15")).toBeNull();
    expect(stepReached("2026-10-15", "2026-10-16")).toBe(1);
    expect(stepReached("2026-10-15", "2026-10-28")).toBe(1);
    expect(stepReached("2026-10-15", "2026-10-29")).toBe(2);
    expect(stepReached("2026-10-15", "2026-11-13")).toBe(2);
    expect(stepReached("2026-10-15", "2026-11-14")).toBe(3);
  });

  it("suspends seven days after the final notice, across month ends and a leap day", () => {
    expect(SUSPEND_AFTER_DAYS).toBe(37);
    expect(suspensionDay("2026-10-15")).toBe("2026-11-21");
    expect(suspensionDay("2028-01-23")).toBe("2028-02-29");
    expect(suspensionDay("2026-12-31")).toBe("2027-02-06");
  });

  it("suspends for an owed bill from its suspension day on, not the day before", () => {
    expect(suspendingBills([bill("2026-10-15", 100n)], "2026-11-20")).toEqual([]);
    expect(suspendingBills([bill("2026-10-15", 100n)], "2026-11-21")).toHaveLength(1);
  });

  it("holds a disputed amount out: a bill owed only under dispute does not suspend", () => {
    expect(owedOf({ remainingMinor: 1_000n, disputedMinor: 400n })).toBe(600n);
    expect(owedOf({ remainingMinor: 1_000n, disputedMinor: 1_500n })).toBe(0n);
    expect(suspendingBills([bill("2026-10-15", 1_000n, { disputedMinor: 1_000n })], "2026-12-01")).toEqual([]);
    expect(suspendingBills([bill("2026-10-15", 1_000n, { disputedMinor: 999n })], "2026-12-01")).toHaveLength(1);
  });

  it("leaves bills under a payment arrangement alone", () => {
    expect(suspendingBills([bill("2026-10-15", 1_000n, { arranged: true })], "2026-12-01")).toEqual([]);
  });
});

describe("what a suspension bars", () => {
  it("takes roaming and premium numbers from a mobile line, keeps its calls", () => {
    expect(barredFor("mobile")).toEqual(["roaming", "premium_numbers"]);
    expect(wholeServiceOff(barredFor("mobile"))).toBe(false);
  });

  it("suspends a TV service whole, leaves broadband on, bars premium numbers on a fixed line", () => {
    expect(wholeServiceOff(barredFor("tv"))).toBe(true);
    expect(barredFor("broadband")).toEqual([]);
    expect(barredFor("fixed_voice")).toEqual(["premium_numbers"]);
  });

  it("never bars emergency calls", () => {
    for (const kind of ["mobile", "fixed_voice", "broadband", "tv"] as const) {
      expect(barredFor(kind).some((f) => /emergency|calls/.test(f))).toBe(false);
    }
  });
});
