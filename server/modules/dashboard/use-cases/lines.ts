import type { CustomerActor } from "~/server/auth/principal";
import type { Deps } from "~/server/container";
import { inFlight, nextMilestone } from "~/server/domain/fulfilment/order-lifecycle";
import { orderDeps } from "~/server/modules/orders/order-deps";
import { listOrders } from "~/server/modules/orders/orders.service";
import type { ServiceView } from "~/server/modules/services/services.schemas";
import { ticketDeps } from "~/server/modules/tickets/ticket-deps";
import { listTickets, outagesForCustomer } from "~/server/modules/tickets/tickets.service";
import type { ServiceOutageView, TicketSummaryView } from "~/server/modules/tickets/tickets.schemas";
import { usageSummary, type UsageDeps } from "~/server/modules/usage/usage.service";
import type { MeterView } from "~/server/modules/usage/usage.schemas";
import type { LineCardView } from "../dashboard.schemas";

/** Enough of the newest to find each line's open ticket and order. */
const RECENT = 50;

/** The cards' services answer the usage summary's question of which services are in scope: no second read. */
const cardServices = (services: readonly ServiceView[]): UsageDeps["services"] => ({
  inScope: async (_scope, filter = {}) =>
    services
      .filter(
        (s) => (!filter.billingAccountId || s.billingAccount.id === filter.billingAccountId) && (!filter.ids || filter.ids.includes(s.id)),
      )
      .map((s) => ({ id: s.id, kind: s.kind, identifier: s.identifier, label: s.label, billingAccountId: s.billingAccount.id })),
});

/** Each card's allowance meters in its account's current period. */
async function metersOf(deps: Deps, actor: CustomerActor, services: readonly ServiceView[]): Promise<Map<string, MeterView[]>> {
  const accountIds = [...new Set(services.map((s) => s.billingAccount.id))];
  const usageDeps = { billing: deps.billing, clock: deps.clock, services: cardServices(services) };
  const summaries = await Promise.all(accountIds.map((billingAccountId) => usageSummary(usageDeps, actor, { billingAccountId })));
  return new Map(summaries.flatMap((s) => s.services.map((line) => [line.id, line.meters] as const)));
}

export type LineFacts = {
  cards: Omit<LineCardView, "share">[];
  outages: ServiceOutageView[];
  /** open and resolved tickets, newest first */
  tickets: TicketSummaryView[];
};

/** Meters, the open ticket, the order in flight and the outage of each card's line, all read at once. */
export async function lineFacts(deps: Deps, actor: CustomerActor, services: readonly ServiceView[]): Promise<LineFacts> {
  const tickets = ticketDeps(deps);
  const [meters, open, done, orders, outages] = await Promise.all([
    metersOf(deps, actor, services),
    listTickets(tickets, actor, { status: "open", page: 1, pageSize: RECENT }),
    listTickets(tickets, actor, { status: "done", page: 1, pageSize: RECENT }),
    listOrders(orderDeps(deps), actor, { page: 1, pageSize: RECENT }),
    outagesForCustomer(tickets, actor),
  ]);
  const cards = services.map((s) => {
    const ticket = open.items.find((t) => t.serviceId === s.id);
    const order = orders.items.find((o) => o.serviceId === s.id && inFlight(o.state));
    const next = order ? nextMilestone(order.milestones) : null;
    const outage = outages.find((o) => o.serviceIds.includes(s.id));
    return {
      serviceId: s.id,
      meters: meters.get(s.id) ?? [],
      ticket: ticket ? { id: ticket.id, number: ticket.number, state: ticket.state, resolution: ticket.resolution } : null,
      order: order ? { id: order.id, number: order.number, next: next ? { name: next.name, expectedAt: next.expectedAt } : null } : null,
      outage: outage ? { id: outage.id, title: outage.title, estimatedEnd: outage.estimatedEnd } : null,
    };
  });
  const resolved = done.items.filter((t) => t.state === "resolved");
  const all = [...open.items, ...resolved].sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime());
  return { cards, outages, tickets: all };
}
