// Fault reports from the customer's side, over the real router and PostgreSQL.
import { describe, expect, it } from "vitest";
import {
  addMembership,
  callerAs,
  createBillingAccount,
  createCustomer,
  createEnterprise,
  createHousehold,
  createOutage,
  createService,
  createStaff,
  addTechnicianProfile,
  createUser,
  kitClock,
  rejection,
  rejectionCode,
  deliverRepairEvents,
  testDb,
  uniq,
} from "~/tests/kit";

const DAY = 24 * 60 * 60 * 1000;

async function premiumLine(area: string) {
  const customerId = await createCustomer({ kind: "enterprise", slaTier: "premium" });
  const billingAccountId = await createBillingAccount({ customerId });
  const user = await createUser();
  await addMembership({ userId: user.userId, customerId, role: "owner" });
  const serviceId = await createService({
    customerId,
    billingAccountId,
    kind: "broadband",
    area,
    installationAddress: "Na Příkopě 1, Praha",
  });
  return { ...user, customerId, serviceId, area };
}

/** Skilled in every kind and covering `area` (dispatch refuses a technician who does not). */
async function technician(area: string) {
  const tech = await createStaff("technician");
  await addTechnicianProfile(tech.userId, { areas: ["Praha", area] });
  return tech;
}

// Notices come from the repair feed: deliver it first, as the worker would.
const ticketNotices = async (userId: string) => (
  await deliverRepairEvents(),
  testDb().notification.findMany({
    where: { userId, kind: "ticket.updated" },
    orderBy: { createdAt: "asc" },
    select: { data: true, link: true },
  })
);

describe("tickets: customer side", () => {
  it("subscriber reports a fault, the dispatcher assigns it, the technician fixes it, and the subscriber confirms and rates", async () => {
    const clock = kitClock();
    const anna = await premiumLine(`Area ${uniq()}`);
    const dispatcher = await createStaff("dispatcher");
    const tech = await technician(anna.area);
    const asAnna = await callerAs(anna, { clock });

    const test = await asAnna.tickets.lineTest({ serviceId: anna.serviceId });
    expect(test.result).toBe("ok");
    const { ticket, outage } = await asAnna.tickets.report({
      serviceId: anna.serviceId,
      category: "no_service",
      description: "No internet since morning",
    });
    expect(outage).toBeNull();
    expect(ticket).toMatchObject({
      state: "acknowledged",
      priority: "P1",
      serviceId: anna.serviceId,
      clocks: { tier: "premium", calendar: "24x7" },
    });
    expect(ticket.number).toMatch(/^TT-\d{6}$/);
    expect(ticket.clocks.response.targetMinutes).toBe(15);

    clock.advance(10 * 60_000);
    const visit = { visitFrom: new Date(clock.now().getTime() + 3_600_000), visitTo: new Date(clock.now().getTime() + 7_200_000) };
    const dispatched = await (
      await callerAs(dispatcher, { clock })
    ).bureau.dispatch({ ticketId: ticket.id, technicianId: tech.userId, ...visit });
    expect(dispatched).toMatchObject({
      state: "in_progress",
      technicianId: tech.userId,
      visit: { from: visit.visitFrom, to: visit.visitTo },
    });

    clock.advance(60 * 60_000);
    const asTech = await callerAs(tech, { clock });
    await asTech.bureau.progress({ ticketId: ticket.id, step: "on_the_way" });
    await asTech.bureau.progress({ ticketId: ticket.id, step: "on_site" });
    const fixed = await asTech.bureau.progress({
      ticketId: ticket.id,
      step: "fixed",
      cause: "Damaged patch cord",
      workDone: "Replaced the patch cord",
    });
    expect(fixed).toMatchObject({ state: "resolved", cause: "Damaged patch cord", workDone: "Replaced the patch cord" });

    const seen = await asAnna.tickets.get({ ticketId: ticket.id });
    expect(seen).toMatchObject({
      state: "resolved",
      technician: { name: tech.name },
      can: { confirm: true, reopen: true, rate: true, addNote: false },
    });
    expect(seen.clocks.response).toMatchObject({ stopped: true, breached: false, elapsedMinutes: 10 });
    expect(seen.clocks.resolution).toMatchObject({ stopped: true, breached: false, elapsedMinutes: 70 });
    expect(seen.timeline.map((e) => e.kind)).toEqual([
      "created",
      "responded",
      "status",
      "assigned",
      "visit",
      "progress",
      "progress",
      "status",
      "progress",
    ]);
    expect(JSON.stringify(seen)).not.toContain(tech.userId);

    const closed = await asAnna.tickets.confirm({ ticketId: ticket.id });
    expect(closed.state).toBe("closed");
    const rated = await asAnna.tickets.rate({ ticketId: ticket.id, rating: 5, comment: "Quick and friendly" });
    expect(rated).toMatchObject({ rating: 5, ratingComment: "Quick and friendly", can: { rate: false } });
    expect(await rejectionCode(asAnna.tickets.rate({ ticketId: ticket.id, rating: 1 }))).toBe("CONFLICT");

    const notices = await ticketNotices(anna.userId);
    expect(notices.map((n) => (n.data as { status: string }).status)).toEqual(["acknowledged", "in_progress", "resolved", "closed"]);
    expect(notices[0]!.link).toBe(`/tickets/${ticket.id}`);
  });

  it("a report on a line inside an open outage is linked to the outage and says so", async () => {
    const area = `Area ${uniq()}`;
    const anna = await premiumLine(area);
    const outageId = await createOutage({ area, serviceKind: "broadband" });
    const asAnna = await callerAs(anna);
    expect(await asAnna.tickets.outagesOnMyServices()).toEqual([expect.objectContaining({ id: outageId, serviceIds: [anna.serviceId] })]);
    expect(await (await callerAs(await premiumLine(`Area ${uniq()}`))).tickets.outagesOnMyServices()).toEqual([]);
    const test = await asAnna.tickets.lineTest({ serviceId: anna.serviceId });
    expect(test).toMatchObject({ result: "outage", outage: { id: outageId } });
    const { ticket, outage } = await asAnna.tickets.report({ serviceId: anna.serviceId, category: "slow", description: "Very slow today" });
    expect(outage).toMatchObject({ id: outageId, area });
    expect(ticket.outage?.id).toBe(outageId);
  });

  it("the line test of a suspended line reports a fault", async () => {
    const acme = await createEnterprise();
    const test = await (await callerAs(acme.admin)).tickets.lineTest({ serviceId: acme.lines.fibre });
    expect(test.result).toBe("fault");
    expect(test.measurements.length).toBeGreaterThan(0);
  });

  it("refuses a category that does not fit the service kind, naming the field", async () => {
    const jana = await createHousehold();
    const error = await rejection(
      (await callerAs(jana)).tickets.report({ serviceId: jana.services.tv, category: "no_dial_tone", description: "No tone at all" }),
    );
    expect(error.code).toBe("BAD_REQUEST");
    expect(error.cause).toMatchObject({ details: { field: "category" } });
  });

  it("a sub-user sees only tickets on their granted lines; the admin sees all of the company's", async () => {
    const acme = await createEnterprise();
    const asSub = await callerAs(acme.subUser);
    const asAdmin = await callerAs(acme.admin);
    const mine = await asSub.tickets.report({
      serviceId: acme.subUser.grantedServiceId,
      category: "no_data",
      description: "No mobile data",
    });
    const ceo = await asAdmin.tickets.report({ serviceId: acme.lines.ceoPhone, category: "call_quality", description: "Calls drop" });
    expect(
      await rejectionCode(asSub.tickets.report({ serviceId: acme.lines.ceoPhone, category: "other", description: "Not my line" })),
    ).toBe("NOT_FOUND");

    expect((await asSub.tickets.list({})).items.map((t) => t.id)).toEqual([mine.ticket.id]);
    expect(await rejectionCode(asSub.tickets.get({ ticketId: ceo.ticket.id }))).toBe("NOT_FOUND");
    expect(await rejectionCode(asSub.tickets.addNote({ ticketId: ceo.ticket.id, text: "hello" }))).toBe("NOT_FOUND");
    expect((await asAdmin.tickets.list({ status: "open" })).items.map((t) => t.id).sort()).toEqual([mine.ticket.id, ceo.ticket.id].sort());
    expect((await asAdmin.tickets.get({ ticketId: mine.ticket.id })).id).toBe(mine.ticket.id);
  });

  it("another customer's ticket is NOT_FOUND", async () => {
    const jana = await createHousehold();
    const other = await createHousehold();
    const { ticket } = await (
      await callerAs(jana)
    ).tickets.report({ serviceId: jana.services.broadband, category: "slow", description: "Slow evenings" });
    expect(await rejectionCode((await callerAs(other)).tickets.get({ ticketId: ticket.id }))).toBe("NOT_FOUND");
  });

  it("illegal moves are PRECONDITION_FAILED: confirming an open ticket, reopening after 7 days", async () => {
    const clock = kitClock();
    const anna = await premiumLine(`Area ${uniq()}`);
    const tech = await technician(anna.area);
    const dispatcher = await createStaff("dispatcher");
    const asAnna = await callerAs(anna, { clock });
    const { ticket } = await asAnna.tickets.report({
      serviceId: anna.serviceId,
      category: "intermittent",
      description: "Drops every hour",
    });
    expect(await rejectionCode(asAnna.tickets.confirm({ ticketId: ticket.id }))).toBe("PRECONDITION_FAILED");
    expect(await rejectionCode(asAnna.tickets.rate({ ticketId: ticket.id, rating: 3 }))).toBe("PRECONDITION_FAILED");

    await (
      await callerAs(dispatcher, { clock })
    ).bureau.dispatch({
      ticketId: ticket.id,
      technicianId: tech.userId,
      visitFrom: new Date("2026-11-24T08:00Z"),
      visitTo: new Date("2026-11-24T10:00Z"),
    });
    await (
      await callerAs(tech, { clock })
    ).bureau.progress({ ticketId: ticket.id, step: "fixed", cause: "Modem", workDone: "Swapped the modem" });
    clock.advance(7 * DAY + 60_000);
    const late = await callerAs(anna, { clock });
    expect((await late.tickets.get({ ticketId: ticket.id })).can.reopen).toBe(false);
    expect(await rejectionCode(late.tickets.reopen({ ticketId: ticket.id, reason: "Again" }))).toBe("PRECONDITION_FAILED");
  });

  it("reopening within 7 days puts the ticket back to work, with the reason in the timeline", async () => {
    const clock = kitClock();
    const anna = await premiumLine(`Area ${uniq()}`);
    const tech = await technician(anna.area);
    const dispatcher = await createStaff("dispatcher");
    const asAnna = await callerAs(anna, { clock });
    const { ticket } = await asAnna.tickets.report({ serviceId: anna.serviceId, category: "slow", description: "Slow in the evenings" });
    await (
      await callerAs(dispatcher, { clock })
    ).bureau.dispatch({
      ticketId: ticket.id,
      technicianId: tech.userId,
      visitFrom: new Date("2026-11-24T08:00Z"),
      visitTo: new Date("2026-11-24T10:00Z"),
    });
    await (await callerAs(tech, { clock })).bureau.progress({ ticketId: ticket.id, step: "fixed", cause: "Line", workDone: "Re-spliced" });
    clock.advance(2 * DAY);
    const reopened = await (await callerAs(anna, { clock })).tickets.reopen({ ticketId: ticket.id, reason: "Slow again" });
    expect(reopened.state).toBe("in_progress");
    expect(reopened.timeline.at(-1)).toMatchObject({ kind: "note", author: "customer", text: "Slow again" });
  });

  it("a customer's note resumes a ticket that waits on them, and the resolution clock pauses meanwhile", async () => {
    const clock = kitClock();
    const anna = await premiumLine(`Area ${uniq()}`);
    const dispatcher = await createStaff("dispatcher");
    const tech = await technician(anna.area);
    const asAnna = await callerAs(anna, { clock });
    const { ticket } = await asAnna.tickets.report({ serviceId: anna.serviceId, category: "wifi", description: "Wi-Fi weak upstairs" });
    const asDispatcher = await callerAs(dispatcher, { clock });
    await asDispatcher.bureau.dispatch({
      ticketId: ticket.id,
      technicianId: tech.userId,
      visitFrom: new Date("2026-11-24T08:00Z"),
      visitTo: new Date("2026-11-24T10:00Z"),
    });
    const asked = await asDispatcher.bureau.note({ ticketId: ticket.id, text: "Which floor exactly?", askCustomer: true });
    expect(asked.state).toBe("pending");
    clock.advance(60 * 60_000);
    const waiting = await (await callerAs(anna, { clock })).tickets.get({ ticketId: ticket.id });
    expect(waiting.clocks.resolution).toMatchObject({ paused: true, elapsedMinutes: 0 });
    const answered = await (await callerAs(anna, { clock })).tickets.addNote({ ticketId: ticket.id, text: "Second floor" });
    expect(answered.state).toBe("in_progress");
  });
});
