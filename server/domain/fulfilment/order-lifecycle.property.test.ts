// Any sequence of events keeps an order in a legal state with a monotonic timeline.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { DomainError } from "~/server/lib/errors";
import { cancel, fail, inFlight, nextMilestone, plannedMilestones, reachNext, type Milestone, type OrderState } from "./order-lifecycle";

const at = new Date("2026-11-23T09:00:00Z");
const event = fc.oneof(
  fc.record({ kind: fc.constant("reach" as const), seconds: fc.integer({ min: -600, max: 600 }) }),
  fc.constant({ kind: "cancel" as const }),
  fc.constant({ kind: "fail" as const }),
);

describe("the product order lifecycle", () => {
  it("keeps every order in a legal state with a monotonic timeline, whatever happens to it", () => {
    fc.assert(
      fc.property(fc.array(event, { maxLength: 12 }), (events) => {
        let state: OrderState = "acknowledged";
        let milestones: Milestone[] = plannedMilestones(at, { configurationSeconds: 5, activationSeconds: 10 });
        let now = at.getTime();
        for (const e of events) {
          try {
            if (e.kind === "reach") {
              now += e.seconds * 1000;
              ({ state, milestones } = reachNext(state, milestones, new Date(now)));
            } else if (e.kind === "cancel") state = cancel(state, milestones);
            else state = fail(state);
          } catch (err) {
            expect(err).toBeInstanceOf(DomainError);
            expect((err as DomainError).code).toBe("INVALID_STATE");
          }
          const reached = milestones.filter((m) => m.actualAt);
          const times = reached.map((m) => m.actualAt!.getTime());
          expect(times).toEqual([...times].sort((a, b) => a - b));
          // Reached milestones are a prefix of the timeline; completed exactly when all are reached.
          expect(milestones.slice(0, reached.length).every((m) => m.actualAt)).toBe(true);
          expect(state === "completed").toBe(nextMilestone(milestones) === null);
          if (state === "cancelled") expect(milestones.find((m) => m.name === "activation")!.actualAt).toBeNull();
          if (!inFlight(state)) expect(() => reachNext(state, milestones, new Date(now))).toThrow(DomainError);
        }
      }),
    );
  });
});
