// The SLA demo story holds at every instant: fast-check draws "now" from across years (month ends, leap days,
// DST switches included), and the story's placement rules are checked against Prague's calendar months.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { slaPolicies } from "~/server/domain/repair/sla-policy";
import { monthBounds, monthOf, shiftMonth } from "~/server/modules/sla/sla-month";
import { isDue, outageStart, slaStory } from "./sla-story";

const MINUTE = 60_000;
const resolutionOf = (priority: string) =>
  slaPolicies.find((p) => p.tier === "premium" && p.priority === priority)!.resolutionMinutes * MINUTE;
const instants = fc.date({ min: new Date("2026-01-01T00:00:00Z"), max: new Date("2030-12-31T23:59:59Z"), noInvalidDate: true });
// Month starts and ends in Prague are where placement rules break: weight them in.
const nearMonthEdge = fc
  .tuple(fc.integer({ min: 0, max: 59 }), fc.integer({ min: -6 * 60, max: 6 * 60 }))
  .map(([m, offset]) => new Date(monthBounds(shiftMonth("2026-01", m)).start.getTime() + offset * MINUTE));

describe("SLA demo story", () => {
  it("places last month's tickets and the outage inside last month, and nothing in the future", () => {
    fc.assert(
      fc.property(fc.oneof(instants, nearMonthEdge), (now) => {
        const last = shiftMonth(monthOf(now), -1);
        const story = slaStory(now);
        for (const t of story.filter((t) => ["SLA-H1", "SLA-H2", "SLA-H3"].includes(t.tag))) {
          const end = new Date(t.at.getTime() + Math.max(...t.steps.map((s) => s.after)) * MINUTE);
          expect([monthOf(t.at), monthOf(end)]).toEqual([last, last]);
        }
        expect(monthOf(outageStart(now))).toBe(last);
        for (const t of story.filter((t) => isDue(t, now))) expect(t.at.getTime()).toBeLessThanOrEqual(now.getTime());
      }),
      { numRuns: 2_000 },
    );
  });

  it("keeps a breach this month and an at-risk clock at every instant; opens them this month once the month is old enough", () => {
    fc.assert(
      fc.property(fc.oneof(instants, nearMonthEdge), (now) => {
        const start = monthBounds(monthOf(now)).start.getTime();
        const story = slaStory(now);
        const breached = story.find((t) => t.tag === "SLA-H6")!;
        const breachAt = breached.at.getTime() + resolutionOf(breached.priority);
        expect(breachAt).toBeGreaterThanOrEqual(start);
        expect(breachAt).toBeLessThanOrEqual(now.getTime());
        if (now.getTime() - start >= resolutionOf("P1")) expect(breached.at.getTime()).toBeGreaterThanOrEqual(start);

        const atRisk = story.find((t) => t.tag === "SLA-H7")!;
        const used = (now.getTime() - atRisk.at.getTime()) / resolutionOf(atRisk.priority);
        expect(used).toBeGreaterThanOrEqual(0.8);
        expect(used).toBeLessThan(1);
        if (now.getTime() - start >= 0.86 * resolutionOf("P1")) expect(atRisk.at.getTime()).toBeGreaterThanOrEqual(start);
      }),
      { numRuns: 2_000 },
    );
  });

  it("seeds this month's resolved tickets only once their whole story lies in the past", () => {
    const monthOld = (hours: number) => new Date(monthBounds("2027-01").start.getTime() + hours * 60 * MINUTE);
    const due = (now: Date) =>
      slaStory(now)
        .filter((t) => isDue(t, now))
        .map((t) => t.tag);
    expect(due(monthOld(0.01))).toEqual(["SLA-H1", "SLA-H2", "SLA-H3", "SLA-H6", "SLA-H7"]);
    expect(due(monthOld(24))).toEqual(["SLA-H1", "SLA-H2", "SLA-H3", "SLA-H4", "SLA-H5", "SLA-H6", "SLA-H7"]);
  });
});
