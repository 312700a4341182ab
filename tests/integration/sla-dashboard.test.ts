// The SLA dashboard per persona, over the real router and PostgreSQL: who may see it, what it counts,
// and crediting breaches to bills exactly once.
import { beforeAll, describe, expect, it } from "vitest";
import { replayTicket, type HistoryTicket } from "~/prisma/seed/sla-history";
import { createPostgresRepairGateway } from "~/server/gateways/repair/postgres-repair-gateway";
import type { Priority } from "~/server/domain/repair/sla-policy";
import { slaCredits } from "~/server/jobs/sla-credits";
import { buildWorld, callerAs, createPlan, createService, KIT_NOW, kitClock, rejectionCode, testDb, uniq, type World } from "~/tests/kit";

const NOW = new Date(KIT_NOW);
const FEE = 20_000; // the breached line's monthly fee: a premium breach credits 10 % of it

let w: World;
let breachedLine: string;
let siteLine: string;
let area: string;
const made: Record<string, string> = {};

async function ticketOn(serviceId: string, tag: string, priority: Priority, at: string, steps: HistoryTicket["steps"]) {
  const service = await testDb().service.findUniqueOrThrow({
    where: { id: serviceId },
    select: { id: true, kind: true, area: true, identifier: true },
  });
  const repair = createPostgresRepairGateway(testDb());
  made[tag] = await replayTicket(
    repair,
    {
      customerId: w.slaClient.customerId,
      reporterUserId: w.slaClient.userId,
      staff: { kind: "staff", userId: w.dispatcher.userId },
      now: NOW,
    },
    service,
    { tag, serviceIdentifier: service.identifier, priority, description: `SLA test ${tag}`, at: new Date(at), steps },
  );
}

beforeAll(async () => {
  w = await buildWorld();
  area = `Sla area ${uniq()}`;
  const c = { customerId: w.slaClient.customerId, billingAccountId: w.slaClient.billingAccountId };
  breachedLine = await createService({
    ...c,
    kind: "fixed_voice",
    label: "Dealing room",
    planId: await createPlan({ kind: "fixed_voice", monthlyFeeMinor: FEE }),
  });
  siteLine = await createService({ ...c, kind: "broadband", label: "Branch fibre", area });
  // October (billed): one fixed in time, one breach (P1: 4 h target, fixed after 7 h). November (not billed): one breach.
  await ticketOn(breachedLine, "oct-ok", "P2", "2026-10-05T08:00:00Z", [
    { after: 5, note: "Looking" },
    { after: 10, action: "start" },
    { after: 120, action: "resolve" },
  ]);
  await ticketOn(breachedLine, "oct-late", "P1", "2026-10-12T08:00:00Z", [
    { after: 5, note: "Looking" },
    { after: 10, action: "start" },
    { after: 420, action: "resolve" },
  ]);
  await ticketOn(breachedLine, "nov-late", "P1", "2026-11-10T08:00:00Z", [
    { after: 5, note: "Looking" },
    { after: 10, action: "start" },
    { after: 300, action: "resolve" },
  ]);
  await ticketOn(breachedLine, "open-late", "P1", "2026-11-23T04:00:00Z", [
    { after: 5, note: "Looking" },
    { after: 10, action: "start" },
  ]);
  const repair = createPostgresRepairGateway(testDb());
  const outage = await repair.createOutage({
    area,
    serviceKind: "broadband",
    title: "Test cut",
    estimatedEnd: null,
    createdById: w.dispatcher.userId,
    at: new Date("2026-10-20T10:00:00Z"),
  });
  await repair.closeOutage(outage.id, new Date("2026-10-20T13:00:00Z"));
});

describe("SLA dashboard", () => {
  it("the SLA client sees its open tickets with live clocks, a breached one flagged", async () => {
    const asSla = await callerAs(w.slaClient);
    const d = await asSla.sla.dashboard({});
    expect(d).toMatchObject({ month: "2026-11", currentMonth: "2026-11", tier: "premium" });
    const ids = d.openTickets.map((t) => t.id);
    expect(ids).toContain(w.tickets.open.slaClient);
    expect(d.openTickets.find((t) => t.id === made["open-late"])).toMatchObject({
      priority: "P1",
      state: "in_progress",
      resolution: { breached: true, stopped: false },
    });
    const own = await testDb().ticket.findMany({ where: { customerId: w.slaClient.customerId }, select: { id: true } });
    expect(ids.every((id) => own.some((t) => t.id === id))).toBe(true);
  });

  it("counts last month's figures: opened, in time, the breach, MTTR and availability", async () => {
    const asSla = await callerAs(w.slaClient);
    const { figures, trend } = await asSla.sla.dashboard({ month: "2026-10" });
    expect(figures).toMatchObject({
      month: "2026-10",
      opened: 2,
      resolved: 2,
      resolvedWithinTarget: 0.5,
      respondedWithinTarget: 1,
      breaches: { total: 1, byPriority: { P1: 1, P2: 0, P3: 0, P4: 0 }, response: 0 },
      mttr: { businessMinutes: (120 + 420) / 2 },
      creditTotal: [{ amountMinor: FEE / 10, currency: "EUR" }],
    });
    expect(figures.mttr.wallClockHours).toBeCloseTo((2 + 7) / 2, 6);
    const site = figures.availability.find((a) => a.service.id === siteLine);
    expect(site).toMatchObject({ outageMinutes: 180 });
    expect(site!.availability).toBeCloseTo(1 - 180 / 44_700, 9);
    expect(figures.availability.find((a) => a.service.id === breachedLine)).toMatchObject({ outageMinutes: 0, availability: 1 });
    expect(trend.map((t) => t.month)).toEqual(["2026-05", "2026-06", "2026-07", "2026-08", "2026-09", "2026-10"]);
    expect(trend.at(-1)).toMatchObject({ breaches: 1, opened: 2 });
  });

  it("an operator posts last month's credit once: twice posted is one credit note, and the bill's amount due drops by it", async () => {
    const asSla = await callerAs(w.slaClient);
    const before = await asSla.sla.credits({ month: "2026-10" });
    expect(before.items).toEqual([
      expect.objectContaining({
        ticketId: made["oct-late"],
        amount: { amountMinor: FEE / 10, currency: "EUR" },
        status: "pending",
        creditNoteNumber: null,
      }),
    ]);
    const due = async () => (await asSla.bills.get({ billId: w.bills.slaClient })).remainingAmount.amountMinor;
    const dueBefore = await due();

    const agent = await callerAs(w.billingAgent);
    const first = await agent.sla.postCredits({ customerId: w.slaClient.customerId, month: "2026-10" });
    const second = await agent.sla.postCredits({ customerId: w.slaClient.customerId, month: "2026-10" });
    expect(first.items).toEqual([expect.objectContaining({ outcome: "posted", amount: { amountMinor: FEE / 10, currency: "EUR" } })]);
    expect(second.items[0]!.creditNoteNumber).toBe(first.items[0]!.creditNoteNumber);

    const notes = await testDb().creditNote.findMany({ where: { billId: w.bills.slaClient } });
    expect(notes).toHaveLength(1);
    expect(Number(notes[0]!.netMinor)).toBe(FEE / 10);
    expect(dueBefore - (await due())).toBe(Number(notes[0]!.totalMinor));

    const after = await asSla.sla.credits({ month: "2026-10" });
    expect(after.items[0]).toMatchObject({ status: "posted", creditNoteNumber: notes[0]!.number });
  });

  it("the nightly job posts every SLA customer's last month too, never a second credit note for a ticket", async () => {
    const result = await slaCredits(testDb(), kitClock(NOW), [w.slaClient.customerId]);
    expect(result).toEqual({ customers: 1, posted: 1 }); // the October credit, already posted above: the same note again
    expect(await testDb().creditNote.count({ where: { billId: w.bills.slaClient } })).toBe(1);
  });

  it("a breach in a month not billed yet waits for the next bill and is not posted", async () => {
    const asSla = await callerAs(w.slaClient);
    const credits = await asSla.sla.credits({ month: "2026-11" });
    expect(credits.items.map((c) => [c.ticketId, c.status])).toEqual([
      [made["nov-late"], "next_bill"],
      [made["open-late"], "next_bill"],
    ]);
    const agent = await callerAs(w.billingAgent);
    const posted = await agent.sla.postCredits({ customerId: w.slaClient.customerId, month: "2026-11" });
    expect(posted.items.map((i) => i.outcome)).toEqual(["next_bill", "next_bill"]);
    expect(await testDb().creditNote.count({ where: { billingAccountId: w.slaClient.billingAccountId } })).toBe(1);
  });

  it("a business-tier admin sees its own company only", async () => {
    const asAcme = await callerAs(w.entAdmin);
    const d = await asAcme.sla.dashboard({});
    expect(d.tier).toBe("business");
    const text = JSON.stringify(d);
    for (const foreign of [w.slaClient.customerId, ...w.slaClient.serviceIds, breachedLine, ...Object.values(made)])
      expect(text).not.toContain(foreign);
    expect(d.openTickets.map((t) => t.id)).toContain(w.tickets.open.entAdmin);
  });

  it.each([
    ["Anna on the standard tier", "subscriber"],
    ["a sub-user without the owner or admin role", "subUser"],
    ["a household owner", "dual"],
    ["staff", "dispatcher"],
  ] as const)("%s is refused", async (_, who) => {
    const caller = await callerAs(w[who]);
    expect(await rejectionCode(caller.sla.dashboard({}))).toBe("FORBIDDEN");
    expect(await rejectionCode(caller.sla.credits({ month: "2026-10" }))).toBe("FORBIDDEN");
  });

  it("only an operator with dispute rights posts credits; an unknown customer is NOT_FOUND", async () => {
    const asSla = await callerAs(w.slaClient);
    expect(await rejectionCode(asSla.sla.postCredits({ customerId: w.slaClient.customerId, month: "2026-10" }))).toBe("FORBIDDEN");
    const dispatcher = await callerAs(w.dispatcher);
    expect(await rejectionCode(dispatcher.sla.postCredits({ customerId: w.slaClient.customerId, month: "2026-10" }))).toBe("FORBIDDEN");
    const agent = await callerAs(w.billingAgent);
    expect(await rejectionCode(agent.sla.postCredits({ customerId: "00000000-0000-4000-8000-000000000001", month: "2026-10" }))).toBe(
      "NOT_FOUND",
    );
  });

  it.each([["2026-12"], ["2027-01"], ["2026-13"], ["26-10"], ["2026-1"]])("month %s is a bad request", async (month) => {
    const asSla = await callerAs(w.slaClient);
    expect(await rejectionCode(asSla.sla.dashboard({ month }))).toBe("BAD_REQUEST");
    expect(await rejectionCode(asSla.sla.credits({ month }))).toBe("BAD_REQUEST");
  });
});
