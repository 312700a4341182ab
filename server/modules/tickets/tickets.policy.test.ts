import { describe, expect, it } from "vitest";
import { categoryFits, customerCan, priorityFor } from "./tickets.policy";
import { faultCategories } from "./tickets.schemas";

describe("ticket policy", () => {
  it("ranks a total loss above degraded service above minor issues, one step higher for business and premium", () => {
    expect(["standard", "business", "premium"].map((tier) => priorityFor(tier as "standard", "no_service"))).toEqual(["P2", "P1", "P1"]);
    expect(priorityFor("standard", "slow")).toBe("P3");
    expect(priorityFor("premium", "slow")).toBe("P2");
    expect(priorityFor("standard", "other")).toBe("P4");
    expect(priorityFor("business", "wifi")).toBe("P3");
  });

  it("offers each service kind only its own categories", () => {
    expect(categoryFits("fixed_voice", "no_dial_tone")).toBe(true);
    expect(categoryFits("tv", "no_dial_tone")).toBe(false);
    for (const [kind, categories] of Object.entries(faultCategories)) {
      for (const c of categories) expect(categoryFits(kind as "tv", c)).toBe(true);
    }
  });

  it("lets the customer confirm, reopen (7 days) and rate only a fixed ticket", () => {
    const resolvedAt = new Date("2026-11-01T10:00:00Z");
    const fixed = { state: "resolved" as const, resolvedAt, rating: null };
    expect(customerCan(fixed, new Date("2026-11-08T10:00:00Z"))).toEqual({ addNote: false, confirm: true, reopen: true, rate: true });
    expect(customerCan(fixed, new Date("2026-11-08T10:00:01Z")).reopen).toBe(false);
    expect(customerCan({ state: "pending", resolvedAt: null, rating: null }, resolvedAt)).toEqual({
      addNote: true,
      confirm: false,
      reopen: false,
      rate: false,
    });
    expect(customerCan({ state: "closed", resolvedAt, rating: 4 }, resolvedAt).rate).toBe(false);
  });
});
