import { describe, expect, it } from "vitest";
import type { TicketState } from "~/server/domain/repair/lifecycle";
import type { SlaEvent } from "~/server/domain/repair/sla-clock";
import { calendarFor, czechBusinessHours, policyFor, type Priority, type Tier } from "~/server/domain/repair/sla-policy";
import { monthBounds, monthOf, monthsUpTo, shiftMonth } from "./sla-month";
import { availabilityOf, creditsOf, monthlyFigures, type ReportTicket } from "./sla-report";

const at = (iso: string) => new Date(iso);
const created = (iso: string): SlaEvent => ({ kind: "created", at: at(iso) });
const responded = (iso: string): SlaEvent => ({ kind: "responded", at: at(iso) });
const status = (iso: string, to: TicketState): SlaEvent => ({ kind: "status", at: at(iso), to });

let seq = 0;
function ticket(events: SlaEvent[], opts: { tier?: Tier; priority?: Priority; serviceId?: string } = {}): ReportTicket {
  const tier = opts.tier ?? "premium";
  const priority = opts.priority ?? "P1";
  const policy = policyFor(tier, priority);
  seq += 1;
  return {
    id: `t${seq}`,
    number: `TT-${String(seq).padStart(6, "0")}`,
    serviceId: opts.serviceId ?? "fibre",
    tier,
    priority,
    createdAt: events[0]!.at,
    events,
    targets: policy,
    calendar: calendarFor(policy),
  };
}

const services = [
  { id: "fibre", monthlyFeeMinor: 100_000, currency: "CZK" },
  { id: "voice", monthlyFeeMinor: 33_333, currency: "CZK" },
];
const NOW = at("2026-11-23T10:00:00Z");

describe("report months (Prague)", () => {
  it.each([
    ["2026-11-01T00:30:00+01:00", "2026-11"],
    ["2026-10-31T23:30:00Z", "2026-11"], // already 00:30 on 1 November in Prague
    ["2026-12-31T22:59:00Z", "2026-12"],
    ["2026-12-31T23:00:00Z", "2027-01"],
  ])("%s falls in %s", (iso, month) => expect(monthOf(at(iso))).toBe(month));

  it.each([
    ["2026-11", -1, "2026-10"],
    ["2026-01", -1, "2025-12"],
    ["2026-12", 1, "2027-01"],
    ["2026-11", -13, "2025-10"],
  ])("%s shifted by %i is %s", (month, n, expected) => expect(shiftMonth(month, n)).toBe(expected));

  it("bounds follow Prague midnight, summer time included", () => {
    expect(monthBounds("2026-10")).toEqual({ start: at("2026-09-30T22:00:00Z"), end: at("2026-10-31T23:00:00Z") });
    expect(monthsUpTo("2026-02", 3)).toEqual(["2025-12", "2026-01", "2026-02"]);
  });
});

describe("monthly figures", () => {
  // premium P1: respond in 15 min, resolve in 240 min, 24×7
  const inTime = ticket([created("2026-11-02T10:00:00Z"), responded("2026-11-02T10:05:00Z"), status("2026-11-02T12:00:00Z", "resolved")]);
  const late = ticket([created("2026-11-03T10:00:00Z"), responded("2026-11-03T10:30:00Z"), status("2026-11-03T16:00:00Z", "resolved")], {
    priority: "P1",
  });
  const openBreached = ticket([created("2026-11-20T08:00:00Z"), responded("2026-11-20T08:10:00Z")], { priority: "P2" });
  const lastMonth = ticket([
    created("2026-10-10T10:00:00Z"),
    responded("2026-10-10T10:01:00Z"),
    status("2026-10-10T11:00:00Z", "resolved"),
  ]);
  const openRunning = ticket([created("2026-11-23T09:55:00Z")]);
  const figures = monthlyFigures({
    month: "2026-11",
    now: NOW,
    tickets: [inTime, late, openBreached, lastMonth, openRunning],
    services,
    outages: [],
  });

  it.each([
    ["opened", figures.opened, 4],
    ["resolved", figures.resolved, 2],
    ["share resolved within target", figures.resolvedWithinTarget, 0.5],
    // openRunning is not decided yet; late answered after 30 of 15 minutes
    ["share responded within target", figures.respondedWithinTarget, 2 / 3],
    ["resolution breaches", figures.breaches.total, 2],
    ["P1 breaches", figures.breaches.byPriority.P1, 1],
    ["P2 breaches", figures.breaches.byPriority.P2, 1],
    ["response breaches", figures.breaches.response, 1],
    ["MTTR in working minutes", figures.mttr.businessMinutes, (120 + 360) / 2],
    ["MTTR in wall-clock hours", figures.mttr.wallClockHours, (2 + 6) / 2],
  ])("%s", (_, got, expected) => expect(got).toBeCloseTo(expected as number, 6));

  it("lists the month's tickets with their targets met or missed", () => {
    expect(figures.tickets.map((t) => [t.number, t.responseMet, t.resolutionMet, t.breachedAt !== null])).toEqual([
      [inTime.number, true, true, false],
      [late.number, false, false, true],
      [openBreached.number, true, false, true],
      [openRunning.number, null, null, false],
    ]);
    expect(figures.tickets.find((t) => t.number === late.number)).toMatchObject({
      businessMinutesToResolve: 360,
      breachedAt: at("2026-11-03T14:00:00Z"),
    });
  });

  it("a month with nothing decided has no shares rather than 0 %", () => {
    const empty = monthlyFigures({ month: "2026-09", now: NOW, tickets: [inTime], services, outages: [] });
    expect(empty).toMatchObject({
      opened: 0,
      resolved: 0,
      resolvedWithinTarget: null,
      respondedWithinTarget: null,
      mttr: { businessMinutes: null, wallClockHours: null },
      credits: [],
    });
  });

  it("counts business-hours minutes for business-tier tickets (a weekend does not count)", () => {
    // Friday 16:00 Prague → Monday 10:00 Prague: 2 h Friday + 2 h Monday
    const t = ticket([created("2026-11-06T15:00:00Z"), responded("2026-11-06T15:10:00Z"), status("2026-11-09T09:00:00Z", "resolved")], {
      tier: "business",
      priority: "P2",
    });
    expect(t.calendar).toBe(czechBusinessHours);
    const f = monthlyFigures({ month: "2026-11", now: NOW, tickets: [t], services, outages: [] });
    expect(f.mttr).toEqual({ businessMinutes: 240, wallClockHours: 66 });
    expect(f.breaches.total).toBe(0);
  });
});

describe("availability", () => {
  const { start, end } = monthBounds("2026-10"); // 31 days, plus the hour summer time gives back: 44 700 minutes
  const outage = (serviceId: string, from: string, to: string | null) => ({ serviceId, start: at(from), end: to ? at(to) : null });

  it.each([
    ["no outage", [], 0],
    ["one outage of 3 hours", [outage("fibre", "2026-10-05T10:00:00Z", "2026-10-05T13:00:00Z")], 180],
    [
      "overlapping outages counted once",
      [outage("fibre", "2026-10-05T10:00:00Z", "2026-10-05T13:00:00Z"), outage("fibre", "2026-10-05T12:00:00Z", "2026-10-05T14:00:00Z")],
      240,
    ],
    [
      "one outage inside another",
      [outage("fibre", "2026-10-05T10:00:00Z", "2026-10-05T14:00:00Z"), outage("fibre", "2026-10-05T11:00:00Z", "2026-10-05T12:00:00Z")],
      240,
    ],
    ["clipped to the month", [outage("fibre", "2026-09-30T20:00:00Z", "2026-09-30T23:00:00Z")], 60],
    ["another service's outage", [outage("voice", "2026-10-05T10:00:00Z", "2026-10-05T13:00:00Z")], 0],
    ["still open: counted until the month ends", [outage("fibre", "2026-10-31T22:00:00Z", null)], 60],
  ])("%s", (_, outages, minutes) => {
    const [fibre] = availabilityOf(services.slice(0, 1), outages, start, end, NOW);
    expect(fibre).toEqual({ serviceId: "fibre", outageMinutes: minutes, availability: 1 - minutes / 44_700 });
  });
});

describe("SLA credits", () => {
  const breach = (tier: Tier, serviceId: string, hour: number) => ({
    t: ticket([created("2026-11-01T00:00:00Z")], { tier, serviceId }),
    at: at(`2026-11-02T${String(hour).padStart(2, "0")}:00:00Z`),
  });

  it.each([
    ["premium: 10 % of the fee per breach", [breach("premium", "fibre", 1)], [10_000]],
    ["business: 5 % per breach", [breach("business", "fibre", 1)], [5_000]],
    ["standard: no credits", [breach("standard", "fibre", 1)], []],
    [
      "premium cap: 50 % of the fee per service and month",
      [1, 2, 3, 4, 5, 6].map((h) => breach("premium", "fibre", h)),
      [10_000, 10_000, 10_000, 10_000, 10_000, 0],
    ],
    ["business cap: 25 %", [1, 2, 3, 4, 5, 6].map((h) => breach("business", "fibre", h)), [5_000, 5_000, 5_000, 5_000, 5_000, 0]],
    ["integer minor units, rounded down", [breach("premium", "voice", 1)], [3_333]],
    [
      "the cap cuts the last credit to what is left",
      [1, 2, 3, 4, 5, 6, 7].map((h) => breach("premium", "voice", h)),
      [3_333, 3_333, 3_333, 3_333, 3_333, 1, 0],
    ], // cap 16 666,
  ])("%s", (_, breached, amounts) => {
    expect(creditsOf(breached, services).map((c) => c.amountMinor)).toEqual(amounts);
  });

  it("caps each service separately and marks capped credits", () => {
    const credits = creditsOf([1, 2, 3, 4, 5, 6].map((h) => breach("premium", "fibre", h)).concat(breach("premium", "voice", 7)), services);
    expect(credits.at(-1)).toMatchObject({ serviceId: "voice", amountMinor: 3_333, capped: false, currency: "CZK" });
    expect(credits[5]).toMatchObject({ serviceId: "fibre", amountMinor: 0, capped: true });
  });

  it("a month's breaches become credits in the figures", () => {
    const t = ticket([created("2026-11-03T10:00:00Z"), responded("2026-11-03T10:01:00Z")], { serviceId: "fibre" });
    const f = monthlyFigures({ month: "2026-11", now: NOW, tickets: [t], services, outages: [] });
    expect(f.credits).toEqual([
      {
        ticketId: t.id,
        ticketNumber: t.number,
        serviceId: "fibre",
        breachedAt: at("2026-11-03T14:00:00Z"),
        amountMinor: 10_000,
        currency: "CZK",
        capped: false,
      },
    ]);
  });
});
