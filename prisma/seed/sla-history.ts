// BigCorp's repair history for the SLA dashboard: resolved tickets, breaches, an outage, relative to `now`.
// Tickets go through the built-in repair gateway, so their event logs are exactly what real work leaves.
// Each ticket carries a tag in its description and the outage a fixed title: a run adds only what is missing.
import type { Db } from "~/server/db/client";
import { createPostgresRepairGateway } from "~/server/gateways/repair/postgres-repair-gateway";
import type { Author, RepairGateway } from "~/server/gateways/repair/repair-gateway";
import { isDue, outageStart, slaStory, type HistoryTicket } from "./sla-story";

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const OUTAGE_TITLE = "Fibre cut on the Ostrava backbone";
/** Open on any day the demo starts: it covers BigCorp's Plzeň line alone (no other demo customer has a site there). */
export const OPEN_OUTAGE_TITLE = "Power failure at the Plzeň exchange";

export type { HistoryStep, HistoryTicket } from "./sla-story";

/** Creates a ticket at `at` and replays its steps; events after `now` are left out (they have not happened yet). */
export async function replayTicket(
  repair: RepairGateway,
  base: { customerId: string; reporterUserId: string; staff: Author; now: Date },
  service: { id: string; kind: "mobile" | "fixed_voice" | "broadband" | "tv"; area: string | null },
  t: HistoryTicket,
) {
  const ticket = await repair.createTicket({
    customerId: base.customerId,
    serviceId: service.id,
    serviceKind: service.kind,
    area: service.area,
    tier: "premium",
    reporterUserId: base.reporterUserId,
    category: "no_service",
    description: `${t.description} [${t.tag}]`,
    visitPreference: null,
    contactPhone: null,
    priority: t.priority,
    outageId: null,
    at: t.at,
  });
  for (const step of t.steps) {
    const at = new Date(t.at.getTime() + step.after * MINUTE);
    if (at > base.now) break;
    await repair.updateTicket(ticket.id, { all: true }, base.staff, at, () => ({
      ...(step.action ? { action: step.action } : {}),
      ...(step.action === "resolve" ? { set: { cause: "Damaged fibre splice", workDone: "Splice replaced and line tested" } } : {}),
      ...(step.note ? { events: [{ kind: "note" as const, text: step.note }] } : {}),
    }));
  }
  return ticket.id;
}

export async function seedSlaHistory(db: Db, now: Date): Promise<void> {
  const account = await db.billingAccount.findUnique({ where: { number: "BA-300001" }, select: { customerId: true } });
  const owner = await db.user.findUnique({ where: { email: "sla@bigcorp.test" }, select: { id: true } });
  if (!account || !owner) return;
  const customerId = account.customerId;
  const services = await db.service.findMany({ where: { customerId }, select: { id: true, kind: true, area: true, identifier: true } });
  const byIdentifier = new Map(services.map((s) => [s.identifier, s]));
  const dispatcher = await db.user.findFirst({ where: { staffRole: "dispatcher" }, select: { id: true }, orderBy: { createdAt: "asc" } });
  const repair = createPostgresRepairGateway(db, { events: false }); // history, not news: nobody is told
  const base = { customerId, reporterUserId: owner.id, staff: { kind: "staff" as const, userId: dispatcher?.id ?? null }, now };

  const tickets = slaStory(now);
  const seeded = await db.ticket.findMany({
    where: { customerId, OR: tickets.map((t) => ({ description: { endsWith: `[${t.tag}]` } })) },
    select: { description: true },
  });
  for (const t of tickets) {
    const service = byIdentifier.get(t.serviceIdentifier);
    if (!service || !isDue(t, now) || seeded.some((s) => s.description.endsWith(`[${t.tag}]`))) continue;
    await replayTicket(repair, base, service, t);
  }

  const ostrava = byIdentifier.get("BB-OST-300102")?.area;
  if (ostrava && !(await db.outage.findFirst({ where: { title: OUTAGE_TITLE }, select: { id: true } }))) {
    const start = outageStart(now);
    const outage = await repair.createOutage({
      area: ostrava,
      serviceKind: "broadband",
      title: OUTAGE_TITLE,
      estimatedEnd: null,
      createdById: dispatcher?.id ?? owner.id,
      at: start,
    });
    await repair.closeOutage(outage.id, new Date(start.getTime() + 4 * HOUR + 30 * MINUTE));
  }

  // Starts now (nothing of it in a past month's figures) and is expected to be fixed within hours; a new one when it was closed.
  const plzen = byIdentifier.get("LL-PLZN-0002")?.area;
  if (plzen && !(await db.outage.findFirst({ where: { title: OPEN_OUTAGE_TITLE, closedAt: null }, select: { id: true } }))) {
    await repair.createOutage({
      area: plzen,
      serviceKind: "broadband",
      title: OPEN_OUTAGE_TITLE,
      estimatedEnd: new Date(now.getTime() + 6 * HOUR),
      createdById: dispatcher?.id ?? owner.id,
      at: now,
    });
  }
}
