// The operator's repair bureau: queue, dispatch, the technician's work, outages.
import { describe, expect, it } from "vitest";
import {
  addMembership,
  addTechnicianProfile,
  callerAs,
  createBillingAccount,
  createCustomer,
  createService,
  createStaff,
  createUser,
  clientShape,
  deliverRepairEvents,
  kitClock,
  rejection,
  rejectionCode,
  testDb,
  uniq,
} from "~/tests/kit";

const visit = { visitFrom: new Date("2026-11-24T08:00:00Z"), visitTo: new Date("2026-11-24T10:00:00Z") };

/** A customer of the given tier with one line of each kind in its own area (so queues can be filtered to it). */
async function customerIn(area: string, slaTier: "standard" | "business" | "premium" = "standard") {
  const customerId = await createCustomer({ kind: "enterprise", slaTier, name: `Bureau client ${uniq()}` });
  const billingAccountId = await createBillingAccount({ customerId });
  const user = await createUser();
  await addMembership({ userId: user.userId, customerId, role: "owner" });
  const line = (kind: "broadband" | "tv" | "fixed_voice") => createService({ customerId, billingAccountId, kind, area });
  return { ...user, customerId, broadband: await line("broadband"), tv: await line("tv"), voice: await line("fixed_voice") };
}

/** Broadband and TV in Praha and `area` (dispatch refuses a technician without the skill or the area). */
async function technician(area: string) {
  const tech = await createStaff("technician");
  await addTechnicianProfile(tech.userId, { skills: ["broadband", "tv"], areas: ["Praha", area] });
  return tech;
}

describe("repair bureau", () => {
  it("the queue lists open tickets by SLA risk, filtered by area, kind and priority", async () => {
    const area = `Area ${uniq()}`;
    const clock = kitClock();
    const premium = await customerIn(area, "premium");
    const standard = await customerIn(area, "standard");
    const slow = await (
      await callerAs(standard, { clock })
    ).tickets.report({ serviceId: standard.broadband, category: "slow", description: "Slow evenings" });
    const down = await (
      await callerAs(premium, { clock })
    ).tickets.report({ serviceId: premium.broadband, category: "no_service", description: "Down completely" });
    const tv = await (
      await callerAs(premium, { clock })
    ).tickets.report({ serviceId: premium.tv, category: "set_top_box", description: "Box reboots" });
    clock.advance(2 * 60 * 60_000);

    const asDispatcher = await callerAs(await createStaff("dispatcher"), { clock });
    const queue = await asDispatcher.bureau.queue({ area, pageSize: 100 });
    expect(queue.items.map((t) => t.id)).toEqual([down.ticket.id, tv.ticket.id, slow.ticket.id]);
    expect(queue.items[0]).toMatchObject({ priority: "P1", tier: "premium", area, customerName: expect.stringContaining("Bureau client") });
    expect(queue.items[0]!.risk).toBeGreaterThan(queue.items[2]!.risk);
    expect((await asDispatcher.bureau.queue({ area, kind: "tv" })).items.map((t) => t.id)).toEqual([tv.ticket.id]);
    expect((await asDispatcher.bureau.queue({ area, priority: "P1" })).items.map((t) => t.id)).toEqual([down.ticket.id]);
  });

  it("a technician sees and works only the tickets assigned to them", async () => {
    const area = `Area ${uniq()}`;
    const client = await customerIn(area);
    const mine = await (
      await callerAs(client)
    ).tickets.report({ serviceId: client.broadband, category: "no_service", description: "No internet" });
    const theirs = await (
      await callerAs(client)
    ).tickets.report({ serviceId: client.tv, category: "no_picture", description: "Black screen" });
    const [me, colleague] = [await technician(area), await technician(area)];
    const asDispatcher = await callerAs(await createStaff("dispatcher"));
    await asDispatcher.bureau.dispatch({ ticketId: mine.ticket.id, technicianId: me.userId, ...visit });
    await asDispatcher.bureau.dispatch({ ticketId: theirs.ticket.id, technicianId: colleague.userId, ...visit });

    const asMe = await callerAs(me);
    expect((await asMe.bureau.worklist({})).items.map((t) => t.id)).toEqual([mine.ticket.id]);
    expect((await asMe.bureau.get({ ticketId: mine.ticket.id })).technicianId).toBe(me.userId);
    expect(await rejectionCode(asMe.bureau.get({ ticketId: theirs.ticket.id }))).toBe("NOT_FOUND");
    expect(await rejectionCode(asMe.bureau.progress({ ticketId: theirs.ticket.id, step: "on_site" }))).toBe("NOT_FOUND");
    expect(await rejectionCode(asMe.bureau.queue({}))).toBe("FORBIDDEN");
    expect(await rejectionCode(asMe.bureau.dispatch({ ticketId: theirs.ticket.id, technicianId: me.userId, ...visit }))).toBe("FORBIDDEN");

    // Reassigned: the ticket moves from the colleague's list to mine.
    await asDispatcher.bureau.dispatch({ ticketId: theirs.ticket.id, technicianId: me.userId, ...visit });
    expect((await asMe.bureau.worklist({})).items.map((t) => t.id).sort()).toEqual([mine.ticket.id, theirs.ticket.id].sort());
    expect(await rejectionCode((await callerAs(colleague)).bureau.get({ ticketId: theirs.ticket.id }))).toBe("NOT_FOUND");
  });

  it("dispatch lists technicians with their load and refuses someone who is not one", async () => {
    const area = `Area ${uniq()}`;
    const client = await customerIn(area);
    const { ticket } = await (
      await callerAs(client)
    ).tickets.report({ serviceId: client.broadband, category: "slow", description: "Slow at night" });
    const tech = await technician(area);
    const asDispatcher = await callerAs(await createStaff("dispatcher"));
    await asDispatcher.bureau.dispatch({ ticketId: ticket.id, technicianId: tech.userId, ...visit });
    const listed = (await asDispatcher.bureau.technicians({})).find((t) => t.id === tech.userId);
    expect(listed).toMatchObject({ skills: ["broadband", "tv"], areas: ["Praha", area], load: 1, ineligible: [] });

    const error = await rejection(asDispatcher.bureau.dispatch({ ticketId: ticket.id, technicianId: client.userId, ...visit }));
    expect(error.code).toBe("BAD_REQUEST");
    expect(error.cause).toMatchObject({ details: { field: "technicianId" } });
  });

  it("a second visit holds the ticket until it is dispatched again; progress on a held ticket is PRECONDITION_FAILED", async () => {
    const area = `Area ${uniq()}`;
    const client = await customerIn(area);
    const { ticket } = await (
      await callerAs(client)
    ).tickets.report({ serviceId: client.voice, category: "noise", description: "Crackling line" });
    const tech = await technician(area);
    await testDb().technicianProfile.update({ where: { userId: tech.userId }, data: { skills: ["broadband", "tv", "fixed_voice"] } });
    const asDispatcher = await callerAs(await createStaff("dispatcher"));
    await asDispatcher.bureau.dispatch({ ticketId: ticket.id, technicianId: tech.userId, ...visit });
    const asTech = await callerAs(tech);
    const held = await asTech.bureau.progress({ ticketId: ticket.id, step: "second_visit", note: "Needs a new cable from the street" });
    expect(held).toMatchObject({ state: "held", visit: null });
    expect(await rejectionCode(asTech.bureau.progress({ ticketId: ticket.id, step: "on_site" }))).toBe("PRECONDITION_FAILED");
    const again = await asDispatcher.bureau.dispatch({
      ticketId: ticket.id,
      technicianId: tech.userId,
      visitFrom: new Date("2026-11-26T08:00Z"),
      visitTo: new Date("2026-11-26T12:00Z"),
    });
    expect(again.state).toBe("in_progress");
    await asTech.bureau.progress({ ticketId: ticket.id, step: "fixed", cause: "Corroded cable", workDone: "Replaced 20 m of cable" });
    expect(await rejectionCode(asDispatcher.bureau.dispatch({ ticketId: ticket.id, technicianId: tech.userId, ...visit }))).toBe(
      "PRECONDITION_FAILED",
    );
  });

  it("closing an outage resolves every linked ticket with one notice to each reporter", async () => {
    const area = `Area ${uniq()}`;
    const [a, b] = [await customerIn(area), await customerIn(area)];
    const asDispatcher = await callerAs(await createStaff("dispatcher"));
    const outage = await asDispatcher.outages.create({ area, serviceKind: "tv", title: "Head-end failure" });
    const ta = await (await callerAs(a)).tickets.report({ serviceId: a.tv, category: "no_picture", description: "No TV at all" });
    const tb = await (
      await callerAs(b)
    ).tickets.report({ serviceId: b.tv, category: "channels_missing", description: "Half the channels gone" });
    expect(ta.outage?.id).toBe(outage.id);
    expect(tb.ticket.outage?.id).toBe(outage.id);
    expect((await asDispatcher.outages.list({})).find((o) => o.id === outage.id)).toMatchObject({ linkedTickets: 2, closedAt: null });

    const closed = await asDispatcher.outages.close({ outageId: outage.id });
    expect(closed).toMatchObject({ resolvedTickets: 2, closedAt: expect.any(Date) });
    await deliverRepairEvents();
    for (const [who, t] of [
      [a, ta],
      [b, tb],
    ] as const) {
      expect((await (await callerAs(who)).tickets.get({ ticketId: t.ticket.id })).state).toBe("resolved");
      const notices = await testDb().notification.findMany({
        where: { userId: who.userId, kind: "ticket.updated" },
        select: { data: true },
        orderBy: { createdAt: "asc" },
      });
      expect(notices.map((n) => (n.data as { status: string }).status)).toEqual(["acknowledged", "resolved"]);
    }
    expect(await rejectionCode(asDispatcher.outages.close({ outageId: outage.id }))).toBe("NOT_FOUND");
  });
  it("dispatch refuses a technician without the skill or the area, and the list ranks the eligible first with their load", async () => {
    const area = `Area ${uniq()}`;
    const client = await customerIn(area);
    const { ticket } = await (
      await callerAs(client)
    ).tickets.report({ serviceId: client.broadband, category: "slow", description: "Slow at night" });
    const fits = await technician(area);
    const elsewhere = await createStaff("technician");
    await addTechnicianProfile(elsewhere.userId, { skills: ["broadband"], areas: ["Brno"] });
    const tvOnly = await createStaff("technician");
    await addTechnicianProfile(tvOnly.userId, { skills: ["tv"], areas: [area] });
    const asDispatcher = await callerAs(await createStaff("dispatcher"));

    for (const who of [elsewhere, tvOnly]) {
      const error = await rejection(asDispatcher.bureau.dispatch({ ticketId: ticket.id, technicianId: who.userId, ...visit }));
      expect(error.code).toBe("BAD_REQUEST");
      expect(error.cause).toMatchObject({ code: "VALIDATION", details: { field: "technicianId" } });
    }
    expect((await asDispatcher.bureau.get({ ticketId: ticket.id })).state).toBe("acknowledged");

    const ranked = await asDispatcher.bureau.technicians({ ticketId: ticket.id });
    const mine = ranked.filter((t) => [fits.userId, elsewhere.userId, tvOnly.userId].includes(t.id));
    expect(mine[0]).toMatchObject({ id: fits.userId, ineligible: [], load: 0 });
    expect(Object.fromEntries(mine.map((t) => [t.id, t.ineligible]))).toEqual({
      [fits.userId]: [],
      [elsewhere.userId]: ["area"],
      [tvOnly.userId]: ["skill"],
    });
    // Every eligible technician comes before every ineligible one.
    const firstIneligible = ranked.findIndex((t) => t.ineligible.length > 0);
    expect(ranked.slice(firstIneligible).every((t) => t.ineligible.length > 0)).toBe(true);

    await asDispatcher.bureau.dispatch({ ticketId: ticket.id, technicianId: fits.userId, ...visit });
    expect((await asDispatcher.bureau.technicians({ ticketId: ticket.id })).find((t) => t.id === fits.userId)?.load).toBe(1);
    expect(await rejectionCode(asDispatcher.bureau.technicians({ ticketId: "00000000-0000-4000-8000-000000000000" }))).toBe("NOT_FOUND");
  });

  it("the dispatcher cancels or rejects a ticket with a reason; the reporter is told; illegal moves are PRECONDITION_FAILED", async () => {
    const area = `Area ${uniq()}`;
    const client = await customerIn(area);
    const asClient = await callerAs(client);
    const dup = await asClient.tickets.report({ serviceId: client.broadband, category: "slow", description: "Slow again" });
    const notOurs = await asClient.tickets.report({ serviceId: client.tv, category: "set_top_box", description: "My own TV is broken" });
    const worked = await asClient.tickets.report({ serviceId: client.voice, category: "noise", description: "Crackling" });
    const asDispatcher = await callerAs(await createStaff("dispatcher"));

    const reasonless = await rejection(asDispatcher.bureau.cancel({ ticketId: dup.ticket.id, reason: "   " }));
    expect(reasonless.code).toBe("BAD_REQUEST");
    expect(clientShape(reasonless, "bureau.cancel", "mutation").data).toMatchObject({ fields: ["reason"] });

    const cancelled = await asDispatcher.bureau.cancel({ ticketId: dup.ticket.id, reason: "Duplicate of an earlier report" });
    expect(cancelled.state).toBe("cancelled");
    expect(cancelled.timeline.at(-1)).toMatchObject({ kind: "note", author: "staff", text: "Duplicate of an earlier report" });
    const rejected = await asDispatcher.bureau.reject({ ticketId: notOurs.ticket.id, reason: "The customer's own television" });
    expect(rejected.state).toBe("rejected");
    expect((await asClient.tickets.get({ ticketId: notOurs.ticket.id })).timeline.map((e) => e.toState ?? e.text)).toContain(
      "The customer's own television",
    );

    await deliverRepairEvents();
    const notices = await testDb().notification.findMany({
      where: { userId: client.userId, kind: "ticket.updated" },
      select: { data: true },
    });
    expect(notices.map((n) => (n.data as { status: string }).status).sort()).toEqual([
      "acknowledged",
      "acknowledged",
      "acknowledged",
      "cancelled",
      "rejected",
    ]);

    expect(await rejectionCode(asDispatcher.bureau.cancel({ ticketId: dup.ticket.id, reason: "Again" }))).toBe("PRECONDITION_FAILED");
    const tech = await technician(area);
    await testDb().technicianProfile.update({ where: { userId: tech.userId }, data: { skills: ["fixed_voice"] } });
    await asDispatcher.bureau.dispatch({ ticketId: worked.ticket.id, technicianId: tech.userId, ...visit });
    // Work has started: too late to reject, still possible to cancel.
    expect(await rejectionCode(asDispatcher.bureau.reject({ ticketId: worked.ticket.id, reason: "No fault found" }))).toBe(
      "PRECONDITION_FAILED",
    );
    expect(await rejectionCode((await callerAs(tech)).bureau.cancel({ ticketId: worked.ticket.id, reason: "Nope" }))).toBe("FORBIDDEN");
    expect(await rejectionCode(asClient.bureau.reject({ ticketId: worked.ticket.id, reason: "Nope" }))).toBe("FORBIDDEN");
    expect((await asDispatcher.bureau.cancel({ ticketId: worked.ticket.id, reason: "Customer withdrew" })).state).toBe("cancelled");
  });
});
