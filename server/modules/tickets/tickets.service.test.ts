// The customer's ticket use cases on the in-memory repair system and fake portal facts: no database.
import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import type { CustomerActor } from "~/server/auth/principal";
import { memoryRepair } from "~/server/gateways/repair/memory-repair-gateway";
import { fixedClock } from "~/server/lib/clock";
import type { TicketDeps } from "./ticket-deps";
import type { ServiceFacts, TicketFacts } from "./tickets.repository";
import type { ReportFaultInput } from "./tickets.schemas";
import { addNote, confirmFix, getTicket, listTickets, outagesForCustomer, reportFault } from "./tickets.service";

const customerId = randomUUID();
const jana: CustomerActor = {
  kind: "customer",
  userId: randomUUID(),
  locale: "cs",
  customerId,
  customerKind: "individual",
  role: "owner",
  serviceIds: null,
};
const broadband: ServiceFacts = {
  id: randomUUID(),
  kind: "broadband",
  identifier: "BB-1001",
  label: "Home",
  status: "active",
  area: "Brno",
  installationAddress: null,
  customerId,
};
const report: ReportFaultInput = {
  serviceId: broadband.id,
  category: "no_service",
  description: "No sync since this morning",
  visitPreference: "",
  contactPhone: "",
};

function world(services: ServiceFacts[] = [broadband]) {
  const facts: TicketFacts = {
    scopedService: async (scope, id) => services.find((s) => s.id === id && s.customerId === scope.customerId) ?? null,
    servicesById: async (ids) => new Map(services.filter((s) => ids.includes(s.id)).map((s) => [s.id, s])),
    tierOf: async () => "standard",
    scopedSites: async (scope) => services.filter((s) => s.customerId === scope.customerId && s.area && s.status !== "terminated"),
  };
  const repair = memoryRepair();
  const clock = fixedClock("2026-11-23T08:00:00Z");
  return { deps: { repair, clock, facts } satisfies TicketDeps, repair, clock };
}

describe("tickets: customer use cases", () => {
  it("a report opens one acknowledged ticket with the household priority and announces it", async () => {
    const { deps, repair } = world();
    const { ticket, outage } = await reportFault(deps, jana, report);
    expect(outage).toBeNull();
    expect(repair.created).toHaveLength(1);
    expect(repair.created[0]).toMatchObject({ customerId, serviceId: broadband.id, priority: "P2", reporterUserId: jana.userId });
    expect(ticket).toMatchObject({ state: "acknowledged", number: repair.created[0]!.number });
    expect(repair.events.map((e) => [e.eventType, e.event.troubleTicket.status])).toEqual([["TroubleTicketCreateEvent", "acknowledged"]]);
  });

  it("a known outage on the service's area links the report and is shown on the banner", async () => {
    const { deps, repair } = world();
    const outage = await repair.createOutage({
      area: "Brno",
      serviceKind: "broadband",
      title: "Fibre cut",
      estimatedEnd: null,
      createdById: randomUUID(),
      at: deps.clock.now(),
    });
    const answer = await reportFault(deps, jana, report);
    expect(answer.outage).toMatchObject({ id: outage.id, title: "Fibre cut" });
    expect(await outagesForCustomer(deps, jana)).toMatchObject([{ id: outage.id, serviceIds: [broadband.id] }]);
  });

  it("someone else's service is NOT_FOUND and a terminated one INVALID_STATE; neither opens a ticket", async () => {
    const gone: ServiceFacts = { ...broadband, id: randomUUID(), status: "terminated" };
    const { deps, repair } = world([broadband, gone]);
    const stranger = { ...jana, customerId: randomUUID() };
    await expect(reportFault(deps, stranger, report)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(reportFault(deps, jana, { ...report, serviceId: gone.id })).rejects.toMatchObject({ code: "INVALID_STATE" });
    expect(repair.created).toHaveLength(0);
  });

  it("a note on a ticket waiting for the customer puts it back to work, with one state change", async () => {
    const { deps, repair } = world();
    const { ticket } = await reportFault(deps, jana, report);
    await repair.updateTicket(ticket.id, { all: true }, { kind: "staff", userId: randomUUID() }, deps.clock.now(), () => ({
      action: "start",
    }));
    await repair.updateTicket(ticket.id, { all: true }, { kind: "staff", userId: randomUUID() }, deps.clock.now(), () => ({
      action: "await_customer",
    }));
    const before = repair.events.length;
    const answered = await addNote(deps, jana, { ticketId: ticket.id, text: "Second floor, the bell works" });
    expect(answered.state).toBe("in_progress");
    expect(repair.events.slice(before).map((e) => e.eventType)).toEqual([
      "TroubleTicketStateChangeEvent",
      "TroubleTicketAttributeValueChangeEvent",
    ]);
  });

  it("confirming an open ticket is INVALID_STATE and another customer's ticket NOT_FOUND", async () => {
    const { deps } = world();
    const { ticket } = await reportFault(deps, jana, report);
    await expect(confirmFix(deps, jana, { ticketId: ticket.id })).rejects.toMatchObject({ code: "INVALID_STATE" });
    const stranger = { ...jana, customerId: randomUUID() };
    await expect(getTicket(deps, stranger, { ticketId: ticket.id })).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect((await listTickets(deps, stranger, { status: "all", page: 1, pageSize: 20 })).items).toEqual([]);
    expect((await listTickets(deps, jana, { status: "open", page: 1, pageSize: 20 })).items.map((t) => t.id)).toEqual([ticket.id]);
  });
});
