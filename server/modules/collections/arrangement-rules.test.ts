import { describe, expect, it } from "vitest";
import { addMonths, eligibility, MIN_ARRANGEMENT_MINOR, progress, splitInstalments } from "./arrangement-rules";

const sum = (xs: { amountMinor: bigint }[]) => xs.reduce((s, x) => s + x.amountMinor, 0n);

describe("instalment split", () => {
  it("splits evenly when it can", () => {
    expect(splitInstalments(30_000n, 3, "2026-12-03").map((i) => i.amountMinor)).toEqual([10_000n, 10_000n, 10_000n]);
  });

  it("puts the odd minor units on the earliest instalments and adds up exactly", () => {
    const three = splitInstalments(10_001n, 3, "2026-12-03");
    expect(three.map((i) => i.amountMinor)).toEqual([3_334n, 3_334n, 3_333n]);
    expect(sum(three)).toBe(10_001n);
    const two = splitInstalments(9_999n, 2, "2026-12-03");
    expect(two.map((i) => i.amountMinor)).toEqual([5_000n, 4_999n]);
    expect(sum(two)).toBe(9_999n);
  });

  it("is due a week from today, then monthly", () => {
    expect(splitInstalments(9_000n, 3, "2026-12-03").map((i) => i.dueDate)).toEqual(["2026-12-10", "2027-01-10", "2027-02-10"]);
  });

  it("keeps a month-end instalment on the last day of shorter months, and on a leap day", () => {
    expect(splitInstalments(9_000n, 3, "2028-01-24").map((i) => i.dueDate)).toEqual(["2028-01-31", "2028-02-29", "2028-03-31"]);
    expect(splitInstalments(9_000n, 3, "2027-01-24").map((i) => i.dueDate)).toEqual(["2027-01-31", "2027-02-28", "2027-03-31"]);
    expect(splitInstalments(9_000n, 2, "2028-02-22").map((i) => i.dueDate)).toEqual(["2028-02-29", "2028-03-29"]);
    expect(splitInstalments(9_000n, 2, "2026-12-28").map((i) => i.dueDate)).toEqual(["2027-01-04", "2027-02-04"]);
  });

  it("moves dates by months across years and back", () => {
    expect(addMonths("2026-11-30", 3)).toBe("2027-02-28");
    expect(addMonths("2027-12-03", -12)).toBe("2026-12-03");
    expect(addMonths("2028-02-29", 12)).toBe("2029-02-28");
  });
});

describe("eligibility", () => {
  const ok = { owedMinor: 20_000n, today: "2026-12-03", brokenOn: [], hasActive: false };

  it("accepts an overdue balance at or above the minimum", () => {
    expect(eligibility(ok)).toEqual({ eligible: true });
    expect(eligibility({ ...ok, owedMinor: MIN_ARRANGEMENT_MINOR })).toEqual({ eligible: true });
  });

  it("refuses nothing overdue, a small balance, a second plan", () => {
    expect(eligibility({ ...ok, owedMinor: 0n })).toEqual({ eligible: false, reason: "nothing_overdue" });
    expect(eligibility({ ...ok, owedMinor: MIN_ARRANGEMENT_MINOR - 1n })).toEqual({ eligible: false, reason: "below_minimum" });
    expect(eligibility({ ...ok, hasActive: true })).toEqual({ eligible: false, reason: "already_arranged" });
  });

  it("refuses a customer who broke an arrangement in the last twelve months, not before", () => {
    expect(eligibility({ ...ok, brokenOn: ["2026-01-10"] })).toEqual({ eligible: false, reason: "broken_recently" });
    expect(eligibility({ ...ok, brokenOn: ["2025-12-04"] })).toEqual({ eligible: false, reason: "broken_recently" });
    expect(eligibility({ ...ok, brokenOn: ["2025-12-03"] })).toEqual({ eligible: true });
  });
});

describe("progress", () => {
  const plan = splitInstalments(10_001n, 3, "2026-12-03"); // 3334 on 12-10, 3334 on 01-10, 3333 on 02-10

  it("is active with the first instalment due until it falls due", () => {
    expect(progress(plan, 0n, "2026-12-10")).toMatchObject({
      status: "active",
      instalments: [{ state: "due" }, { state: "upcoming" }, {}],
    });
  });

  it("counts payments in order and breaks on an instalment unpaid after its due date", () => {
    expect(progress(plan, 3_334n, "2026-12-11").instalments.map((i) => i.state)).toEqual(["paid", "due", "upcoming"]);
    expect(progress(plan, 3_333n, "2026-12-11")).toMatchObject({ status: "broken", instalments: [{ state: "missed" }, {}, {}] });
  });

  it("is kept once everything is paid, even late in the plan", () => {
    expect(progress(plan, 10_001n, "2027-01-05").status).toBe("kept");
    expect(progress(plan, 12_000n, "2026-12-04").instalments.every((i) => i.state === "paid")).toBe(true);
  });
});
