// The behaviour every RepairGateway implementation has, as one suite: the built-in PostgreSQL system
// (postgres-repair-gateway.int.test.ts), the in-memory one (memory-repair-gateway.test.ts), later a TMF adapter.
import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import type { RepairEvent } from "./repair-events";
import type { NewTicket, RepairGateway } from "./repair-gateway";

/** Two customers with a broadband line each, and a technician who may work on both. */
export interface ContractSeed {
  anna: { customerId: string; serviceId: string; userId: string };
  bigcorp: { customerId: string; serviceId: string; userId: string };
  technicianId: string;
  area: string;
}

export interface ContractWorld {
  repair: RepairGateway;
  seed: ContractSeed;
  /** Takes every event emitted so far and not yet taken, oldest first. */
  takeEvents: () => Promise<RepairEvent[]>;
}

const at = new Date("2026-11-23T09:00:00Z");
const later = (minutes: number) => new Date(at.getTime() + minutes * 60_000);
const key = () => ({ key: randomUUID() });
const staff = (seed: ContractSeed) => ({ kind: "staff" as const, userId: seed.technicianId });
const scopeOf = (who: ContractSeed["anna"]) => ({ scope: { customerId: who.customerId, serviceIds: null } });

function ticketFor(who: ContractSeed["anna"], area: string, reportedAt = at): NewTicket {
  return {
    customerId: who.customerId,
    serviceId: who.serviceId,
    serviceKind: "broadband",
    area,
    tier: "standard",
    reporterUserId: who.userId,
    category: "no_service",
    description: "No sync since the storm",
    visitPreference: null,
    contactPhone: null,
    priority: "P3",
    outageId: null,
    at: reportedAt,
  };
}

export function repairContract(name: string, make: () => Promise<ContractWorld>) {
  describe(`RepairGateway: ${name}`, () => {
    it("hides another customer's ticket from reads and commands", async () => {
      const { repair, seed } = await make();
      const t = await repair.createTicket(ticketFor(seed.anna, seed.area), key());
      expect(await repair.getTicket(t.id, scopeOf(seed.bigcorp))).toBeNull();
      expect(await repair.getTicket(t.id, { technicianId: seed.technicianId })).toBeNull();
      expect(await repair.updateTicket(t.id, scopeOf(seed.bigcorp), staff(seed), later(5), () => ({ action: "start" }), key())).toBeNull();
      expect(await repair.listAttachments(t.id, scopeOf(seed.bigcorp))).toBeNull();
      expect((await repair.listTickets(scopeOf(seed.bigcorp), {}, { skip: 0, take: 50 })).items.map((x) => x.id)).not.toContain(t.id);
      expect((await repair.getTicket(t.id, scopeOf(seed.anna)))?.state).toBe("acknowledged");
      expect(await repair.getTicket(randomUUID(), { all: true })).toBeNull();
    });

    it("returns the first result for a repeated key and changes nothing the second time", async () => {
      const { repair, seed } = await make();
      const k = key();
      const first = await repair.createTicket(ticketFor(seed.anna, seed.area), k);
      const again = await repair.createTicket(ticketFor(seed.anna, seed.area), k);
      expect(again.id).toBe(first.id);
      expect((await repair.listAllTickets(scopeOf(seed.anna), { ids: [first.id] })).length).toBe(1);

      const note = { key: randomUUID() };
      const decide = () => ({ events: [{ kind: "note" as const, text: "Router restarted twice" }] });
      const once = await repair.updateTicket(
        first.id,
        scopeOf(seed.anna),
        { kind: "customer", userId: seed.anna.userId },
        later(1),
        decide,
        note,
      );
      const twice = await repair.updateTicket(
        first.id,
        scopeOf(seed.anna),
        { kind: "customer", userId: seed.anna.userId },
        later(2),
        decide,
        note,
      );
      expect(twice?.events).toEqual(once?.events);
      expect(once?.events.map((e) => e.kind)).toEqual(["created", "note"]);
    });

    it("refuses an illegal transition with INVALID_STATE and writes nothing", async () => {
      const { repair, seed } = await make();
      const t = await repair.createTicket(ticketFor(seed.anna, seed.area), key());
      const attempt = repair.updateTicket(
        t.id,
        { all: true },
        staff(seed),
        later(5),
        () => ({ action: "close", events: [{ kind: "note", text: "x" }] }),
        key(),
      );
      await expect(attempt).rejects.toMatchObject({ code: "INVALID_STATE" });
      expect(await repair.getTicket(t.id, { all: true })).toEqual(t);
    });

    it("logs a dispatch with consecutive seq and answers the technician's filter afterwards", async () => {
      const { repair, seed } = await make();
      const t = await repair.createTicket(ticketFor(seed.anna, seed.area), key());
      const visit = { from: later(120), to: later(240) };
      const started = await repair.updateTicket(
        t.id,
        { all: true },
        staff(seed),
        later(30),
        () => ({
          action: "start",
          set: { technicianId: seed.technicianId, visit },
          events: [{ kind: "assigned" }, { kind: "visit", visit }],
        }),
        key(),
      );
      expect(started?.events.map((e) => [e.seq, e.kind, e.toState])).toEqual([
        [1, "created", "acknowledged"],
        [2, "responded", null],
        [3, "status", "in_progress"],
        [4, "assigned", null],
        [5, "visit", null],
      ]);
      expect(started?.technician?.id).toBe(seed.technicianId);
      expect((await repair.getTicket(t.id, { technicianId: seed.technicianId }))?.state).toBe("in_progress");
    });

    it("emits a create event, then a state change and an attribute change for what a command changed", async () => {
      const { repair, seed, takeEvents } = await make();
      await takeEvents();
      const t = await repair.createTicket(ticketFor(seed.anna, seed.area), key());
      await repair.updateTicket(
        t.id,
        { all: true },
        staff(seed),
        later(30),
        () => ({ action: "start", set: { technicianId: seed.technicianId } }),
        key(),
      );
      await repair.updateTicket(
        t.id,
        { all: true },
        staff(seed),
        later(40),
        () => ({ events: [{ kind: "note", text: "On my way" }] }),
        key(),
      );
      const mine = (await takeEvents()).filter((e) => e.event.troubleTicket.id === t.id);
      expect(mine.map((e) => [e.eventType, e.event.troubleTicket.status, e.fieldPath ?? null])).toEqual([
        ["TroubleTicketCreateEvent", "acknowledged", null],
        ["TroubleTicketStateChangeEvent", "in_progress", null],
        ["TroubleTicketAttributeValueChangeEvent", "in_progress", "technicianId"],
        ["TroubleTicketAttributeValueChangeEvent", "in_progress", "note"],
      ]);
      expect(new Set(mine.map((e) => e.eventId)).size).toBe(4);
      expect(mine[0]!.event.troubleTicket).toMatchObject({
        externalId: t.number,
        relatedParty: expect.arrayContaining([{ id: seed.anna.userId, role: "reporter" }]),
      });
      expect(await takeEvents()).toEqual([]);
    });

    it("closes an outage once: its open tickets are resolved, each with a state change; a repeated key answers the same", async () => {
      const { repair, seed, takeEvents } = await make();
      const outage = await repair.createOutage(
        { area: seed.area, serviceKind: "broadband", title: "Fibre cut", estimatedEnd: null, createdById: seed.technicianId, at },
        key(),
      );
      const t = await repair.createTicket({ ...ticketFor(seed.anna, seed.area), outageId: outage.id }, key());
      await takeEvents();
      const k = key();
      const closed = await repair.closeOutage(outage.id, later(60), k);
      expect(closed?.resolved.map((r) => [r.id, r.state, r.cause])).toEqual([[t.id, "resolved", "outage"]]);
      expect((await repair.closeOutage(outage.id, later(61), k))?.resolved.map((r) => r.id)).toEqual([t.id]);
      expect(await repair.closeOutage(outage.id, later(62), key())).toBeNull();
      const types = (await takeEvents()).filter((e) => e.event.troubleTicket.id === t.id).map((e) => e.eventType);
      expect(types).toEqual(["TroubleTicketStateChangeEvent", "TroubleTicketAttributeValueChangeEvent"]);
    });

    it("lists newest first in pages with the total", async () => {
      const { repair, seed } = await make();
      const ids: string[] = [];
      for (let i = 0; i < 3; i++) ids.push((await repair.createTicket(ticketFor(seed.bigcorp, seed.area, later(i)), key())).id);
      const mine = { states: ["acknowledged" as const] };
      const page1 = await repair.listTickets(scopeOf(seed.bigcorp), mine, { skip: 0, take: 2 });
      const page2 = await repair.listTickets(scopeOf(seed.bigcorp), mine, { skip: 2, take: 2 });
      expect(page1.total).toBe(page2.total);
      const seen = [...page1.items, ...page2.items].map((t) => t.id).filter((id) => ids.includes(id));
      expect(seen).toEqual([...ids].reverse());
    });

    it("raises an SLA flag once, announces it, and lists it with the ticket", async () => {
      const { repair, seed, takeEvents } = await make();
      const t = await repair.createTicket(ticketFor(seed.anna, seed.area), key());
      await takeEvents();
      expect(await repair.raiseSlaFlag(t.id, "response.at_risk", later(90))).toBe(true);
      expect(await repair.raiseSlaFlag(t.id, "response.at_risk", later(91))).toBe(false);
      const announced = (await takeEvents()).filter((e) => e.event.troubleTicket.id === t.id).map((e) => [e.eventType, e.fieldPath]);
      expect(announced).toEqual([["TroubleTicketAttributeValueChangeEvent", "slaFlag.response.at_risk"]]);
      const watched = (await repair.listSlaWatch(later(-60))).find((w) => w.id === t.id);
      expect(watched).toMatchObject({
        number: t.number,
        raised: ["response.at_risk"],
        events: [{ kind: "created", toState: "acknowledged", at }],
      });
    });
  });
}
