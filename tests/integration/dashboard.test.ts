// The home screen's one read per persona: what is owed, each line's card, the attention list, outages coming and going.
import { beforeAll, describe, expect, it } from "vitest";
import { createPostgresRepairGateway } from "~/server/gateways/repair/postgres-repair-gateway";
import {
  buildWorld,
  callerAs,
  createOutage,
  createSlaClient,
  createStaff,
  createTicket,
  issueBills,
  KIT_NOW,
  rejectionCode,
  testDb,
  type World,
} from "~/tests/kit";
import { addCdr, createMeteredCompany, createMeteredHousehold, createMeteredPlan, MIB } from "./usage-world";

let home: Awaited<ReturnType<typeof createMeteredHousehold>>;
let company: Awaited<ReturnType<typeof createMeteredCompany>>;
let sla: Awaited<ReturnType<typeof createSlaClient>>;
let tickets: { open: string; resolved: string };

beforeAll(async () => {
  const planId = await createMeteredPlan();
  home = await createMeteredHousehold(planId);
  company = await createMeteredCompany(planId);
  sla = await createSlaClient();
  const technician = await createStaff("technician");
  await addCdr(home.mobile, "data", "national", 200 * MIB, "2026-10-05T08:00:00Z");
  await addCdr(home.mobile, "voice", "national", 1500, "2026-11-02T09:00:00Z");
  await addCdr(home.mobile, "data", "national", 900 * MIB, "2026-11-05T09:00:00Z");
  await addCdr(company.granted, "data", "national", 100 * MIB, "2026-11-06T09:00:00Z");
  await issueBills({ home: home.billingAccountId, company: company.billingAccountId, sla: sla.billingAccountId }, "2026-10");
  const reporter = { customerId: home.customerId, reporterUserId: home.owner.userId };
  tickets = {
    open: await createTicket({ ...reporter, serviceId: home.mobile }),
    resolved: await createTicket({ ...reporter, serviceId: home.tv, state: "resolved", technicianId: technician.userId }),
  };
}, 120_000);

describe("dashboard.get", () => {
  it("household: the amount due with its overdue bill, the latest bill and each line's allowance, ticket and share", async () => {
    const d = await (await callerAs(home.owner)).dashboard.get();
    expect(d.due).toHaveLength(1);
    const due = d.due![0]!;
    expect(due.billingAccount.id).toBe(home.billingAccountId);
    expect(due.balance.amountMinor).toBeGreaterThan(0);
    expect(due.bill).toMatchObject({ remaining: due.balance });
    // The October bill fell due before the kit's today (2026-11-23).
    expect(due.bill!.dueDate < KIT_NOW.slice(0, 10)).toBe(true);
    expect(due.overdue).toBe(true);
    expect(d.latestBill).toMatchObject({ id: due.bill!.id, period: "2026-10", total: due.balance, previous: null, reason: null });

    const mobile = d.cards.find((c) => c.serviceId === home.mobile)!;
    expect(mobile.meters.find((m) => m.kind === "voice")).toMatchObject({ allowance: 6000, used: 1500, remaining: 4500 });
    expect(mobile.meters.find((m) => m.kind === "data")).toMatchObject({ used: 900 * MIB, percent: 87 });
    expect(mobile.ticket).toMatchObject({ id: tickets.open, state: "acknowledged" });
    expect(mobile.share).toMatchObject({ billId: due.bill!.id, period: "2026-10", net: { amountMinor: 1990 } });
    expect(d.cards.find((c) => c.serviceId === home.tv)!.ticket).toBeNull();
    expect(d).toMatchObject({ spend: null, sla: null, outages: [] });
  });

  it("household: the attention list holds the overdue bill, the allowance nearly used and the fix to confirm, newest first", async () => {
    const d = await (await callerAs(home.owner)).dashboard.get();
    expect(d.attentionItems.map((a) => [a.kind, a.id])).toEqual([
      ["usage_alert", home.mobile],
      ["fix_to_confirm", tickets.resolved],
      ["overdue_bill", d.due![0]!.bill!.id],
    ]);
    expect(d.attentionItems[0]).toMatchObject({ title: "data", percent: 87, href: "/usage" });
    expect(d.attentionItems[1]).toMatchObject({ href: `/tickets/${tickets.resolved}` });
  });

  it("an outage over a line shows on its card and in the list while it is open, and goes when it closes", async () => {
    const area = `Dashboard area ${home.customerId.slice(0, 8)}`;
    await testDb().service.update({ where: { id: home.tv }, data: { area } });
    const outageId = await createOutage({ area, serviceKind: "tv" });
    const caller = await callerAs(home.owner);
    const open = await caller.dashboard.get();
    expect(open.outages).toMatchObject([{ id: outageId, serviceIds: [home.tv] }]);
    expect(open.cards.find((c) => c.serviceId === home.tv)!.outage).toMatchObject({ id: outageId, title: "Kit outage" });
    expect(open.attentionItems.find((a) => a.kind === "outage")).toMatchObject({ id: outageId, href: `/services/${home.tv}` });

    await createPostgresRepairGateway(testDb(), { events: false }).closeOutage(outageId, new Date(KIT_NOW));
    const closed = await caller.dashboard.get();
    expect(closed.outages).toEqual([]);
    expect(closed.cards.find((c) => c.serviceId === home.tv)!.outage).toBeNull();
    expect(closed.attentionItems.some((a) => a.kind === "outage")).toBe(false);
  });

  it("sub-user without the billing role: only the granted line with its meters, no money", async () => {
    const d = await (await callerAs(company.member)).dashboard.get();
    expect(d.services.map((s) => s.id)).toEqual([company.granted]);
    expect(d.cards).toMatchObject([{ serviceId: company.granted, share: null }]);
    expect(d.cards[0]!.meters.find((m) => m.kind === "data")).toMatchObject({ used: 100 * MIB });
    expect(d).toMatchObject({ due: null, latestBill: null, spend: null, sla: null, enterpriseAdmin: false });
    expect(d.attentionItems.filter((a) => a.kind === "overdue_bill")).toEqual([]);
  });

  it("enterprise admin: spend of the latest bill by cost centre, adding up to the bill", async () => {
    const d = await (await callerAs(company.admin)).dashboard.get();
    expect(d.enterpriseAdmin).toBe(true);
    expect(d.spend).toHaveLength(1);
    const spend = d.spend![0]!;
    expect(spend).toMatchObject({ period: "2026-10", previousPeriod: null });
    expect(spend.rows.reduce((s, r) => s + r.current.amountMinor, 0)).toBe(d.latestBill!.total.amountMinor);
    expect(spend.rows.every((r) => r.previous === null)).toBe(true);
  });

  it("SLA client: this month's compliance and the open tickets with their clocks", async () => {
    const ticketId = await createTicket({
      customerId: sla.customerId,
      serviceId: sla.serviceIds[0]!,
      reporterUserId: sla.userId,
      tier: "premium",
    });
    const d = await (await callerAs(sla)).dashboard.get();
    expect(d.sla).not.toBeNull();
    expect(d.sla!.figures.month).toBe("2026-11");
    expect(d.sla!.openTickets.map((t) => t.id)).toContain(ticketId);
    expect(d.sla!.openTickets.find((t) => t.id === ticketId)!.resolution.dueAt).toBeInstanceOf(Date);
  });

  it("operator staff have no customer home screen", async () => {
    const staff = await createStaff("dispatcher");
    expect(await rejectionCode((await callerAs(staff)).dashboard.get())).toBe("FORBIDDEN");
  });
});

describe("dashboard.staff", () => {
  let w: World;
  beforeAll(async () => {
    w = await buildWorld();
  }, 120_000);

  /** The dispatcher's whole queue, page by page: what the home's counts must agree with. */
  async function wholeQueue() {
    const caller = await callerAs(w.dispatcher);
    const items = [];
    for (let page = 1; ; page++) {
      const p = await caller.bureau.queue({ page, pageSize: 100 });
      items.push(...p.items);
      if (page >= p.pageCount) return items;
    }
  }

  it("dispatcher: open tickets counted by what they need, the next to fall due first, no one else's items", async () => {
    const d = await (await callerAs(w.dispatcher)).dashboard.staff();
    if (d.role !== "dispatcher") throw new Error(`expected the dispatcher's home, got ${d.role}`);
    const queue = await wholeQueue();
    expect(d.counts).toEqual({
      open: queue.length,
      unassigned: queue.filter((t) => t.technician === null).length,
      atRisk: queue.filter((t) => t.resolution.atRisk && !t.resolution.breached).length,
      breached: queue.filter((t) => t.resolution.breached).length,
      waiting: queue.filter((t) => t.state === "pending").length,
    });
    expect(d.counts.unassigned).toBeGreaterThan(0);
    expect(queue.find((t) => t.id === w.tickets.toDispatch)?.technician).toBeNull();
    const running = queue.filter((t) => !t.resolution.paused && !t.resolution.stopped);
    const dueFirst = [...running].sort((a, b) => a.resolution.dueAt.getTime() - b.resolution.dueAt.getTime());
    expect(d.next.map((t) => t.resolution.dueAt)).toEqual(dueFirst.slice(0, 5).map((t) => t.resolution.dueAt));
    expect(d.next.length).toBe(Math.min(5, running.length));
    expect(d).not.toHaveProperty("today");
    expect(d).not.toHaveProperty("disputes");

    await createTicket({
      customerId: w.subscriber.customerId,
      serviceId: w.subscriber.services.mobile,
      reporterUserId: w.subscriber.userId,
    });
    const after = await (await callerAs(w.dispatcher)).dashboard.staff();
    expect(after.counts).toMatchObject({ open: d.counts.open + 1, unassigned: d.counts.unassigned + 1 });
  });

  it("technician: their assigned jobs with today's visits, never another technician's", async () => {
    const d = await (await callerAs(w.technician)).dashboard.staff();
    if (d.role !== "technician") throw new Error(`expected the technician's home, got ${d.role}`);
    const worklist = await (await callerAs(w.technician)).bureau.worklist({ pageSize: 100 });
    // The kit's visits are on its day (2026-11-23, 12:00–14:00 UTC), the day its clock stands on.
    expect(d.counts).toEqual({ assigned: worklist.total, today: 1, breached: 0 });
    expect(d.today.map((t) => t.id)).toEqual([w.tickets.assigned]);
    expect(d.today[0]).toMatchObject({ state: "in_progress", visit: { from: new Date("2026-11-23T12:00:00Z") } });
    expect(d.today.map((t) => t.id)).not.toContain(w.tickets.assignedElsewhere);
    const other = await (await callerAs(w.otherTechnician)).dashboard.staff();
    expect(other.role === "technician" && other.today.map((t) => t.id)).not.toContain(w.tickets.assigned);
    expect(d).not.toHaveProperty("next");
    expect(d).not.toHaveProperty("disputes");
  });

  it("billing agent: disputes to decide, oldest first, and the bank credits waiting for a bill, no tickets", async () => {
    const caller = await callerAs(w.billingAgent);
    const [d, disputes, credits] = await Promise.all([caller.dashboard.staff(), caller.disputes.queue(), caller.bank.credits({})]);
    if (d.role !== "billing_agent") throw new Error(`expected the agent's home, got ${d.role}`);
    expect(d.counts).toEqual({ disputes: disputes.length, unmatchedCredits: credits.length });
    expect(d.disputes.map((x) => x.id)).toEqual(disputes.slice(0, 5).map((x) => x.id));
    expect(disputes.map((x) => x.id)).toContain(w.disputeId);
    expect(d).not.toHaveProperty("next");
    expect(d).not.toHaveProperty("today");
  });

  it("customers have no staff home", async () => {
    expect(await rejectionCode((await callerAs(w.subscriber)).dashboard.staff())).toBe("FORBIDDEN");
  });
});
