import type { StaffActor } from "~/server/auth/principal";
import type { BureauDeps } from "../bureau-deps";
import { openStates } from "~/server/domain/repair/lifecycle";
import type { TicketFilter } from "~/server/gateways/repair/repair-gateway";
import { notFound } from "~/server/lib/errors";
import { toPage } from "~/server/lib/pagination";
import {
  DISPUTE_CATEGORY,
  type GetTicketInput,
  type QueueInput,
  type TechniciansInput,
  type TechnicianView,
  type WorklistInput,
} from "~/server/modules/tickets/tickets.schemas";
import { queueItems, staffView } from "../bureau-views";
import { rankTechnicians } from "../dispatch-policy";

/** What a staff member may read: everything with tickets.read-all, otherwise only their assignments. */
export const readFilter = (actor: StaffActor): TicketFilter =>
  actor.permissions.includes("tickets.read-all") ? { all: true } : { technicianId: actor.userId };

/** Every open repair ticket in the filter as queue rows, highest SLA risk first (the queue, unpaged). */
export async function openQueueItems(deps: BureauDeps, filter: TicketFilter, query: Omit<QueueInput, "page" | "pageSize"> = {}) {
  const all = await deps.repair.listAllTickets(filter, {
    states: openStates,
    area: query.area,
    serviceKind: query.kind,
    priority: query.priority,
  });
  // Billing complaints are the billing agents' work (their desk), not the repair bureau's.
  const tickets = all.filter((t) => t.category !== DISPUTE_CATEGORY);
  return queueItems(deps.facts, tickets, deps.clock.now());
}

async function pageOf(deps: BureauDeps, filter: TicketFilter, input: QueueInput) {
  const items = await openQueueItems(deps, filter, input);
  const start = (input.page - 1) * input.pageSize;
  return toPage(items.slice(start, start + input.pageSize), items.length, input);
}

/** The dispatcher's queue: every open ticket, sorted by SLA risk. */
export const queue = (deps: BureauDeps, _actor: StaffActor, input: QueueInput) => pageOf(deps, { all: true }, input);

/** The technician's list: open tickets assigned to them, most urgent first. */
export const worklist = (deps: BureauDeps, actor: StaffActor, input: WorklistInput) => pageOf(deps, { technicianId: actor.userId }, input);

export async function getTicket(deps: BureauDeps, actor: StaffActor, input: GetTicketInput) {
  const ticket = await deps.repair.getTicket(input.ticketId, readFilter(actor));
  if (!ticket) throw notFound("ticket");
  return staffView(deps.facts, ticket, deps.clock.now());
}

/** Every technician with their load; for a ticket, ranked by fit (eligible first) with why not. */
export async function technicians(deps: BureauDeps, input: TechniciansInput): Promise<TechnicianView[]> {
  const all = await deps.repair.listTechnicians();
  if (!input.ticketId) return all.map((t) => ({ ...t, ineligible: [] }));
  const ticket = await deps.repair.getTicket(input.ticketId, { all: true });
  if (!ticket) throw notFound("ticket");
  return rankTechnicians(all, ticket);
}
