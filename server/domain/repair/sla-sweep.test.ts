import { describe, expect, it } from "vitest";
import type { TicketState } from "./lifecycle";
import type { SlaEvent } from "./sla-clock";
import { sweep, type SlaFlag, type SweepTicket } from "./sla-sweep";

// Premium (24×7) keeps the arithmetic plain: P1 = response 15 min, resolution 240 min.
const t0 = Date.parse("2026-06-10T08:00:00Z");
const at = (minutes: number) => new Date(t0 + minutes * 60_000);
const created: SlaEvent = { kind: "created", at: at(0) };
const status = (minutes: number, to: TicketState): SlaEvent => ({ kind: "status", at: at(minutes), to });
const ticket = (events: SlaEvent[], raised: SlaFlag[] = [], id = "t1"): SweepTicket => ({
  id,
  tier: "premium",
  priority: "P1",
  events,
  raised,
});
const flagsOf = (tickets: SweepTicket[], minutes: number) => sweep(tickets, at(minutes)).map((a) => `${a.ticketId}:${a.flag}`);

describe("sweep", () => {
  it("stays quiet below 80 %", () => {
    expect(flagsOf([ticket([created])], 11)).toEqual([]);
  });

  it("warns at 80 % and not again once raised", () => {
    expect(flagsOf([ticket([created])], 12)).toEqual(["t1:response.at_risk"]);
    expect(flagsOf([ticket([created], ["response.at_risk"])], 13)).toEqual([]);
  });

  it("raises the breach at 100 %, even when the warning was never sent", () => {
    expect(flagsOf([ticket([created])], 15)).toEqual(["t1:response.breached"]);
    expect(flagsOf([ticket([created], ["response.at_risk"])], 15)).toEqual(["t1:response.breached"]);
    expect(flagsOf([ticket([created], ["response.breached"])], 60)).toEqual([]);
  });

  it("reports a late answer given between two sweeps", () => {
    expect(flagsOf([ticket([created, status(20, "in_progress")])], 30)).toEqual(["t1:response.breached"]);
  });

  it("does not warn about a clock that has stopped in time", () => {
    expect(flagsOf([ticket([created, status(13, "in_progress")])], 14)).toEqual([]);
  });

  it("warns about a paused resolution clock that is already at risk", () => {
    const events = [created, status(5, "in_progress"), status(200, "pending")];
    expect(flagsOf([ticket(events, ["response.at_risk"])], 1000)).toEqual(["t1:resolution.at_risk"]);
  });

  it("carries the breach instant and the figures for the notification", () => {
    expect(sweep([ticket([created, status(5, "in_progress")])], at(300))).toEqual([
      {
        ticketId: "t1",
        flag: "resolution.breached",
        clock: "resolution",
        dueAt: at(240),
        elapsedMinutes: 300,
        targetMinutes: 240,
      },
    ]);
  });

  it("evaluates each ticket on its own", () => {
    const tickets = [ticket([created], [], "a"), ticket([created, status(1, "in_progress")], [], "b")];
    expect(flagsOf(tickets, 200)).toEqual(["a:response.breached", "a:resolution.at_risk", "b:resolution.at_risk"]);
  });
});
