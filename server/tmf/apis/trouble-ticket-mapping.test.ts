import { describe, expect, it } from "vitest";
import { ticketStates } from "~/server/domain/repair/lifecycle";
import { actionTo, stateOfStatus, tmfStatus } from "./trouble-ticket-mapping";

const now = new Date("2026-11-23T10:00:00Z");

describe("TMF621 status changes", () => {
  it("names every state in the spec's vocabulary and back", () => {
    for (const s of ticketStates) expect(stateOfStatus(tmfStatus(s))).toBe(s);
    expect(tmfStatus("in_progress")).toBe("inProgress");
    expect(stateOfStatus("in_progress")).toBeUndefined();
  });

  it("finds the lifecycle action for a target status, or refuses with INVALID_STATE", () => {
    expect(actionTo({ state: "acknowledged", resolvedAt: null }, "in_progress", now, false)).toBe("start");
    expect(actionTo({ state: "held", resolvedAt: null }, "in_progress", now, false)).toBe("resume");
    expect(actionTo({ state: "resolved", resolvedAt: now }, "closed", now, true)).toBe("close");
    expect(() => actionTo({ state: "closed", resolvedAt: now }, "in_progress", now, false)).toThrow(
      expect.objectContaining({ code: "INVALID_STATE" }),
    );
  });

  it("lets a customer-scoped client only confirm, reopen or cancel", () => {
    expect(() => actionTo({ state: "acknowledged", resolvedAt: null }, "in_progress", now, true)).toThrow(
      expect.objectContaining({ code: "INVALID_STATE" }),
    );
    expect(actionTo({ state: "acknowledged", resolvedAt: null }, "cancelled", now, true)).toBe("cancel");
  });

  it("keeps the reopen window", () => {
    const resolvedAt = new Date(now.getTime() - 8 * 86_400_000);
    expect(() => actionTo({ state: "resolved", resolvedAt }, "in_progress", now, true)).toThrow(/reopen window/);
    expect(actionTo({ state: "resolved", resolvedAt: now }, "in_progress", now, true)).toBe("reopen");
  });
});
