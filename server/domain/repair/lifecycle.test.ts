import { describe, expect, it } from "vitest";
import { DomainError } from "~/server/lib/errors";
import {
  allowedActions,
  canReopen,
  REOPEN_WINDOW_MS,
  reopenDeadline,
  ticketActions,
  ticketStates,
  transition,
  type TicketAction,
  type TicketState,
} from "./lifecycle";

// The specification, written out by hand: every legal move. Everything else must be refused.
const legal: [TicketState, TicketAction, TicketState][] = [
  ["acknowledged", "start", "in_progress"],
  ["acknowledged", "resolve", "resolved"],
  ["acknowledged", "cancel", "cancelled"],
  ["acknowledged", "reject", "rejected"],
  ["in_progress", "await_customer", "pending"],
  ["in_progress", "hold", "held"],
  ["in_progress", "resolve", "resolved"],
  ["in_progress", "cancel", "cancelled"],
  ["pending", "resume", "in_progress"],
  ["pending", "resolve", "resolved"],
  ["pending", "cancel", "cancelled"],
  ["held", "resume", "in_progress"],
  ["held", "resolve", "resolved"],
  ["held", "cancel", "cancelled"],
  ["resolved", "close", "closed"],
  ["resolved", "reopen", "in_progress"],
];
const isLegal = (state: TicketState, action: TicketAction) => legal.some(([s, a]) => s === state && a === action);
const illegal = ticketStates.flatMap((state) =>
  ticketActions.filter((action) => !isLegal(state, action)).map((action) => [state, action] as const),
);

const resolvedAt = new Date("2026-05-04T10:00:00Z");
const withinWindow = { now: new Date("2026-05-05T10:00:00Z"), resolvedAt };

function refusal(run: () => unknown): DomainError {
  try {
    run();
  } catch (error) {
    if (error instanceof DomainError) return error;
    throw error;
  }
  throw new Error("expected the transition to be refused");
}

describe("transition", () => {
  it("covers the whole state × action matrix", () => {
    expect(legal.length + illegal.length).toBe(ticketStates.length * ticketActions.length);
    expect(illegal).toHaveLength(56);
  });

  it.each(legal)("%s --%s--> %s", (state, action, next) => {
    expect(transition(state, action, withinWindow)).toBe(next);
  });

  it.each(illegal)("refuses: %s cannot %s", (state, action) => {
    expect(refusal(() => transition(state, action, withinWindow)).code).toBe("INVALID_STATE");
  });

  it("lists the allowed actions of each state from the same table", () => {
    for (const state of ticketStates) {
      expect(allowedActions(state)).toEqual(ticketActions.filter((action) => isLegal(state, action)));
    }
  });

  it("leaves closed, cancelled and rejected tickets final", () => {
    for (const state of ["closed", "cancelled", "rejected"] as const) expect(allowedActions(state)).toEqual([]);
  });
});

describe("reopen within 7 days of resolution", () => {
  it.each([
    ["a minute after resolution", 60_000, true],
    ["six days later", 6 * 86_400_000, true],
    ["exactly at the deadline", REOPEN_WINDOW_MS, true],
    ["a millisecond past the deadline", REOPEN_WINDOW_MS + 1, false],
    ["a month later", 30 * 86_400_000, false],
  ])("%s: allowed = %s", (_, after, allowed) => {
    const now = new Date(resolvedAt.getTime() + after);
    expect(canReopen("resolved", resolvedAt, now)).toBe(allowed);
    if (allowed) expect(transition("resolved", "reopen", { now, resolvedAt })).toBe("in_progress");
    else expect(refusal(() => transition("resolved", "reopen", { now, resolvedAt })).code).toBe("INVALID_STATE");
  });

  it("is refused without the resolution time or a clock reading", () => {
    expect(refusal(() => transition("resolved", "reopen")).code).toBe("INVALID_STATE");
    expect(refusal(() => transition("resolved", "reopen", { now: withinWindow.now })).code).toBe("INVALID_STATE");
  });

  it("is refused from closed however recent", () => {
    expect(canReopen("closed", resolvedAt, withinWindow.now)).toBe(false);
    expect(refusal(() => transition("closed", "reopen", withinWindow)).code).toBe("INVALID_STATE");
  });

  it("states the deadline for the ticket page", () => {
    expect(reopenDeadline(resolvedAt).toISOString()).toBe("2026-05-11T10:00:00.000Z");
  });
});
