// BigCorp's repair history for the SLA dashboard: resolved tickets, breaches, an outage, relative to `now`.
// Tickets go through the built-in repair gateway, so their event logs are exactly what real work leaves.
// Each ticket carries a tag in its description and the outage a fixed title: a run adds only what is missing.
import type { Db } from "~/server/db/client";
import type { TicketAction } from "~/server/domain/repair/lifecycle";
import { createPostgresRepairGateway } from "~/server/gateways/repair/postgres-repair-gateway";
import type { Author, RepairGateway } from "~/server/gateways/repair/repair-gateway";
import type { Priority } from "~/server/domain/repair/sla-policy";
import { monthBounds, monthOf, shiftMonth } from "~/server/modules/sla/sla-month";

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
const OUTAGE_TITLE = "Fibre cut on the Ostrava backbone";

/** After `after` minutes from the report: a staff note (the first answer) or a lifecycle action. */
export type HistoryStep = { after: number; note?: string; action?: TicketAction };

export interface HistoryTicket {
  tag: string;
  serviceIdentifier: string;
  priority: Priority;
  description: string;
  at: Date;
  steps: HistoryStep[];
}

/** Creates a ticket at `at` and replays its steps; events after `now` are left out (they have not happened yet). */
export async function replayTicket(repair: RepairGateway, base: { customerId: string; reporterUserId: string; staff: Author; now: Date },
  service: { id: string; kind: "mobile" | "fixed_voice" | "broadband" | "tv"; area: string | null }, t: HistoryTicket) {
  const ticket = await repair.createTicket({
    customerId: base.customerId, serviceId: service.id, serviceKind: service.kind, area: service.area, tier: "premium",
    reporterUserId: base.reporterUserId, category: "no_service", description: `${t.description} [${t.tag}]`, visitPreference: null,
    contactPhone: null, priority: t.priority, outageId: null, at: t.at,
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

const answered = (after: number): HistoryStep => ({ after, note: "We are on it; a technician is checking the line." });

/** Last month: two fixed in time, one breach, an outage. This month: one in time, one breach, one breached and one at risk still open. */
function history(now: Date): HistoryTicket[] {
  const last = monthBounds(shiftMonth(monthOf(now), -1)).start.getTime();
  const thisMonth = monthBounds(monthOf(now)).start.getTime();
  // This month's resolved tickets start early in the month, or three days back late in it.
  const early = Math.max(thisMonth + 30 * MINUTE, now.getTime() - 3 * DAY);
  return [
    { tag: "SLA-H1", serviceIdentifier: "BB-PRG-300101", priority: "P2", description: "Prague HQ internet is slow and drops", at: new Date(last + 3 * DAY + 9 * HOUR),
      steps: [answered(10), { after: 20, action: "start" }, { after: 5 * 60, action: "resolve" }] },
    { tag: "SLA-H2", serviceIdentifier: "LL-BRNO-0001", priority: "P1", description: "Leased line Brno–Prague is down", at: new Date(last + 8 * DAY + 14 * HOUR),
      steps: [answered(12), { after: 30, action: "start" }, { after: 7 * 60, action: "resolve" }] },
    { tag: "SLA-H3", serviceIdentifier: "LL-PLZN-0002", priority: "P3", description: "Packet loss on the Plzeň leased line", at: new Date(last + 15 * DAY + 10 * HOUR),
      steps: [answered(60), { after: 90, action: "start" }, { after: 20 * 60, action: "resolve" }] },
    { tag: "SLA-H4", serviceIdentifier: "BB-OST-300102", priority: "P2", description: "Ostrava branch has no internet", at: new Date(early),
      steps: [answered(8), { after: 15, action: "start" }, { after: 3 * 60, action: "resolve" }] },
    { tag: "SLA-H5", serviceIdentifier: "LL-PLZN-0002", priority: "P1", description: "Leased line Plzeň–Prague is down", at: new Date(early + 20 * MINUTE),
      steps: [answered(14), { after: 25, action: "start" }, { after: 6 * 60, action: "resolve" }] },
    { tag: "SLA-H6", serviceIdentifier: "LL-OSTR-0003", priority: "P1", description: "Leased line Ostrava–Prague is down", at: new Date(now.getTime() - 6 * HOUR),
      steps: [answered(10), { after: 20, action: "start" }] },
    { tag: "SLA-H7", serviceIdentifier: "BB-PRG-300101", priority: "P4", description: "Change the static IP range of Prague HQ", at: new Date(now.getTime() - 62 * HOUR),
      steps: [answered(90)] },
  ];
}

export async function seedSlaHistory(db: Db, now: Date): Promise<void> {
  const account = await db.billingAccount.findUnique({ where: { number: "BA-300001" }, select: { customerId: true } });
  const owner = await db.user.findUnique({ where: { email: "sla@bigcorp.test" }, select: { id: true } });
  if (!account || !owner) return;
  const customerId = account.customerId;
  const services = await db.service.findMany({ where: { customerId }, select: { id: true, kind: true, area: true, identifier: true } });
  const byIdentifier = new Map(services.map((s) => [s.identifier, s]));
  const dispatcher = await db.user.findFirst({ where: { staffRole: "dispatcher" }, select: { id: true }, orderBy: { createdAt: "asc" } });
  const repair = createPostgresRepairGateway(db);
  const base = { customerId, reporterUserId: owner.id, staff: { kind: "staff" as const, userId: dispatcher?.id ?? null }, now };

  const tickets = history(now);
  const seeded = await db.ticket.findMany({ where: { customerId, OR: tickets.map((t) => ({ description: { endsWith: `[${t.tag}]` } })) }, select: { description: true } });
  for (const t of tickets) {
    const service = byIdentifier.get(t.serviceIdentifier);
    if (!service || t.at > now || seeded.some((s) => s.description.endsWith(`[${t.tag}]`))) continue;
    await replayTicket(repair, base, service, t);
  }

  const ostrava = byIdentifier.get("BB-OST-300102")?.area;
  if (ostrava && !(await db.outage.findFirst({ where: { title: OUTAGE_TITLE }, select: { id: true } }))) {
    const start = new Date(monthBounds(shiftMonth(monthOf(now), -1)).start.getTime() + 12 * DAY + 6 * HOUR);
    const outage = await repair.createOutage({ area: ostrava, serviceKind: "broadband", title: OUTAGE_TITLE, estimatedEnd: null, createdById: dispatcher?.id ?? owner.id, at: start });
    await repair.closeOutage(outage.id, new Date(start.getTime() + 4 * HOUR + 30 * MINUTE));
  }
}
