import { describe, expect, it } from "vitest";
import { alwaysOpen } from "./calendar";
import type { TicketState } from "./lifecycle";
import { slaClock, type SlaEvent } from "./sla-clock";
import { czechBusinessHours, policyFor } from "./sla-policy";
import { zonedInstant } from "./time-zone";

/** "2026-03-27 17:00" (optionally ":SS") read as Prague wall-clock time. */
const prague = (local: string) => {
  const [y, mo, d, h, mi, s = 0] = local.split(/[- :]/).map(Number) as number[];
  return new Date(zonedInstant("Europe/Prague", y!, mo!, d!, h! * 60 + mi!) + s * 1000);
};
const created = (local: string): SlaEvent => ({ kind: "created", at: prague(local) });
const responded = (local: string): SlaEvent => ({ kind: "responded", at: prague(local) });
const status = (local: string, to: TicketState): SlaEvent => ({ kind: "status", at: prague(local), to });

const standardP2 = policyFor("standard", "P2"); // response 240, resolution 1200 business minutes
const businessP2 = policyFor("business", "P2"); // response 60, resolution 480
const premiumP1 = policyFor("premium", "P1"); // response 15, resolution 240, 24×7

describe("business-hours clock", () => {
  const weekend = [created("2026-03-06 16:00")]; // a Friday afternoon

  it.each([
    ["Friday 17:00", "2026-03-06 17:00", 60, false, false],
    ["Saturday noon, nothing more counted", "2026-03-07 12:00", 120, false, false],
    ["Monday 09:12, at risk (80 %)", "2026-03-09 09:12", 192, true, false],
    ["Monday 09:59", "2026-03-09 09:59", 239, true, false],
    ["Monday 10:00, breached exactly at the boundary", "2026-03-09 10:00", 240, true, true],
    ["Monday 10:00:59, still the boundary minute", "2026-03-09 10:00:59", 240, true, true],
  ])("a ticket open across a weekend: %s", (_, now, elapsed, atRisk, breached) => {
    const { response } = slaClock(weekend, standardP2, czechBusinessHours, prague(now));
    expect(response).toMatchObject({ elapsedMinutes: elapsed, remainingMinutes: Math.max(0, 240 - elapsed), atRisk, breached });
    expect(response.dueAt).toEqual(prague("2026-03-09 10:00"));
  });

  it.each([
    ["in the last minute before the due instant", "2026-03-09 09:59:59", false],
    ["at the due instant", "2026-03-09 10:00", true],
  ])("an answer %s: breached = %s", (_, at, breached) => {
    const { response } = slaClock([...weekend, responded(at)], standardP2, czechBusinessHours, prague("2026-03-10 12:00"));
    expect(response).toMatchObject({ stopped: true, breached, metAt: new Date(Math.floor(prague(at).getTime() / 60_000) * 60_000) });
  });

  it("skips Good Friday and Easter Monday", () => {
    const { resolution } = slaClock([created("2026-04-02 17:00")], standardP2, czechBusinessHours, prague("2026-04-07 10:00"));
    expect(resolution).toMatchObject({ elapsedMinutes: 180, remainingMinutes: 1020 });
    expect(resolution.dueAt).toEqual(prague("2026-04-08 17:00")); // 8 h on Tuesday, 9 h on Wednesday
  });

  it("skips Christmas", () => {
    const { resolution } = slaClock([created("2026-12-23 17:00")], standardP2, czechBusinessHours, prague("2026-12-28 09:00"));
    expect(resolution.elapsedMinutes).toBe(120);
  });

  it.each([
    ["spring", "2026-03-27 17:00", "2026-03-30 09:00"],
    ["autumn", "2026-10-23 17:00", "2026-10-26 09:00"],
  ])("counts one hour on each side of the %s DST weekend", (_, from, now) => {
    const { response } = slaClock([created(from)], standardP2, czechBusinessHours, prague(now));
    expect(response.elapsedMinutes).toBe(120);
  });
});

describe("pauses, resolution and reopening", () => {
  const worked = [
    created("2026-03-02 09:00"),
    status("2026-03-02 09:30", "in_progress"),
    status("2026-03-02 10:00", "pending"),
    status("2026-03-03 09:00", "in_progress"),
  ];

  it("stops the response clock when staff start work", () => {
    const { response } = slaClock(worked, businessP2, czechBusinessHours, prague("2026-03-03 10:00"));
    expect(response).toMatchObject({ elapsedMinutes: 30, stopped: true, breached: false, metAt: prague("2026-03-02 09:30") });
  });

  it("does not count time waiting on the customer", () => {
    const { resolution } = slaClock(worked, businessP2, czechBusinessHours, prague("2026-03-03 10:00"));
    expect(resolution).toMatchObject({ elapsedMinutes: 120, paused: false, stopped: false });
  });

  it("while paused, projects the due instant as if resumed now", () => {
    const { resolution, state } = slaClock(worked, businessP2, czechBusinessHours, prague("2026-03-02 15:00"));
    expect(state).toBe("pending");
    expect(resolution).toMatchObject({ elapsedMinutes: 60, paused: true, remainingMinutes: 420 });
    expect(resolution.dueAt).toEqual(prague("2026-03-03 12:00"));
  });

  it("stops at resolution and resumes on reopen with the time already used", () => {
    const log = [...worked, status("2026-03-03 11:00", "resolved")];
    const resolved = slaClock(log, businessP2, czechBusinessHours, prague("2026-03-04 12:00")).resolution;
    expect(resolved).toMatchObject({ elapsedMinutes: 180, stopped: true, metAt: prague("2026-03-03 11:00") });
    expect(resolved.dueAt).toEqual(prague("2026-03-03 16:00"));
    const reopened = slaClock(
      [...log, status("2026-03-05 09:00", "in_progress")],
      businessP2,
      czechBusinessHours,
      prague("2026-03-05 10:00"),
    );
    expect(reopened.resolution).toMatchObject({ elapsedMinutes: 240, stopped: false, paused: false });
    expect(reopened.resolution.metAt).toBeUndefined();
  });

  it("keeps the resolution time when the customer confirms (closed)", () => {
    const log = [...worked, status("2026-03-03 11:00", "resolved"), status("2026-03-04 08:00", "closed")];
    const { resolution, state } = slaClock(log, businessP2, czechBusinessHours, prague("2026-03-09 12:00"));
    expect(state).toBe("closed");
    expect(resolution).toMatchObject({ elapsedMinutes: 180, stopped: true, metAt: prague("2026-03-03 11:00") });
  });

  it("a customer's cancellation stops both clocks without meeting them", () => {
    const log = [created("2026-03-02 09:00"), status("2026-03-02 09:20", "cancelled")];
    const { response, resolution } = slaClock(log, businessP2, czechBusinessHours, prague("2026-03-02 12:00"));
    expect(response).toMatchObject({ elapsedMinutes: 20, stopped: true });
    expect(response.metAt).toBeUndefined();
    expect(resolution).toMatchObject({ elapsedMinutes: 20, stopped: true });
    expect(resolution.metAt).toBeUndefined();
  });

  it("ignores events after now and before creation", () => {
    const log = [responded("2026-03-02 08:00"), created("2026-03-02 09:00"), responded("2026-03-02 11:00")];
    const { response } = slaClock(log, businessP2, czechBusinessHours, prague("2026-03-02 09:45"));
    expect(response).toMatchObject({ elapsedMinutes: 45, stopped: false, atRisk: false });
  });

  it("reads a timestamp earlier than its predecessor's as the predecessor's", () => {
    const log = [created("2026-03-02 09:00"), status("2026-03-02 10:00", "pending"), status("2026-03-02 09:30", "in_progress")];
    const { resolution } = slaClock(log, businessP2, czechBusinessHours, prague("2026-03-02 11:00"));
    expect(resolution.elapsedMinutes).toBe(120);
  });
});

describe("24×7 clock", () => {
  it.each([
    ["spring", "2026-03-28 23:00", "2026-03-29 05:00", 300, "2026-03-29T02:00:00Z"], // 04:00 CEST
    ["autumn", "2026-10-24 23:00", "2026-10-25 05:00", 420, "2026-10-25T01:00:00Z"], // the second 02:00, CET
  ])("counts real minutes over the %s DST night", (_, from, now, elapsed, due) => {
    const { resolution } = slaClock([created(from)], premiumP1, alwaysOpen, prague(now));
    expect(resolution).toMatchObject({ elapsedMinutes: elapsed, remainingMinutes: 0, breached: true });
    expect(resolution.dueAt).toEqual(new Date(due));
  });

  it("breaches the 15-minute response at the quarter hour, not before", () => {
    const log = [created("2026-06-13 03:00")];
    expect(slaClock(log, premiumP1, alwaysOpen, prague("2026-06-13 03:12")).response).toMatchObject({ atRisk: true, breached: false });
    expect(slaClock(log, premiumP1, alwaysOpen, prague("2026-06-13 03:15")).response).toMatchObject({
      breached: true,
      remainingMinutes: 0,
    });
  });
});
