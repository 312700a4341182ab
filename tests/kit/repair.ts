// Repair-side factories: technicians with a profile, tickets in a chosen state, outages. Tickets are
// made through the built-in gateway, so their event logs look exactly like real ones.
import { randomUUID } from "node:crypto";
import { drainOutbox } from "~/server/gateways/events";
import { createPostgresRepairFeed } from "~/server/gateways/repair/postgres-repair-feed";
import { createPostgresRepairGateway } from "~/server/gateways/repair/postgres-repair-gateway";
import { repairEventListener } from "~/server/modules/events/portal-listener";
import type { TicketChange } from "~/server/gateways/repair/repair-gateway";
import type { ServiceKind, SlaTier } from "~/server/db/generated/enums";
import { testDb } from "./db";

const uniq = () => randomUUID().slice(0, 8);

// A world set up for a test is not news: no events, so no notices the test did not cause.
const gateway = () => createPostgresRepairGateway(testDb(), { events: false });
/** Reports are made an hour before KIT_NOW, staff act half an hour later. */
export const KIT_REPORTED_AT = new Date("2026-11-23T09:00:00.000Z");
const STAFF_AT = new Date("2026-11-23T09:30:00.000Z");

/** Skills and areas for a technician user (createStaff("technician")). */
export async function addTechnicianProfile(userId: string, input: { skills?: ServiceKind[]; areas?: string[] } = {}) {
  await testDb().technicianProfile.create({
    data: { userId, skills: input.skills ?? ["mobile", "fixed_voice", "broadband", "tv"], areas: input.areas ?? ["Praha"] },
  });
}

export type KitTicketState = "acknowledged" | "in_progress" | "resolved";

/** A ticket on a service; in_progress = dispatched to `technicianId`; resolved = then fixed. */
export async function createTicket(input: {
  customerId: string;
  serviceId: string;
  reporterUserId: string;
  state?: KitTicketState;
  technicianId?: string;
  tier?: SlaTier;
}) {
  const db = testDb();
  const service = await db.service.findUniqueOrThrow({ where: { id: input.serviceId }, select: { kind: true, area: true } });
  const repair = gateway();
  const ticket = await repair.createTicket({
    customerId: input.customerId,
    serviceId: input.serviceId,
    serviceKind: service.kind,
    area: service.area,
    tier: input.tier ?? "standard",
    reporterUserId: input.reporterUserId,
    category: "other",
    description: `Kit fault ${uniq()}`,
    visitPreference: null,
    contactPhone: null,
    priority: "P3",
    outageId: null,
    at: KIT_REPORTED_AT,
  });
  const state = input.state ?? "acknowledged";
  if (state === "acknowledged") return ticket.id;
  if (!input.technicianId) throw new Error("a dispatched kit ticket needs technicianId");
  const staff = { kind: "staff" as const, userId: input.technicianId };
  const visit = { from: new Date("2026-11-23T12:00:00Z"), to: new Date("2026-11-23T14:00:00Z") };
  const steps: TicketChange[] = [
    { action: "start", set: { technicianId: input.technicianId, visit }, events: [{ kind: "assigned" }, { kind: "visit", visit }] },
  ];
  if (state === "resolved") steps.push({ action: "resolve", set: { cause: "kit cause", workDone: "kit work" } });
  for (const step of steps) await repair.updateTicket(ticket.id, { all: true }, staff, STAFF_AT, () => step);
  return ticket.id;
}

export async function createOutage(input: { area?: string; serviceKind?: ServiceKind; createdById?: string } = {}) {
  const outage = await gateway().createOutage({
    area: input.area ?? `Kit area ${uniq()}`,
    serviceKind: input.serviceKind ?? "broadband",
    title: "Kit outage",
    estimatedEnd: null,
    createdById: input.createdById ?? "00000000-0000-4000-8000-000000000000",
    at: KIT_REPORTED_AT,
  });
  return outage.id;
}

/**
 * Delivers every pending event of the repair feed to the portal's listener, now (the worker does
 * this within a second): notices about ticket changes exist after this, as they would for a user.
 */
export async function deliverRepairEvents() {
  return drainOutbox(createPostgresRepairFeed(testDb()), repairEventListener(testDb()));
}
