// Staff views of repair records: the portal facts (service, customer name) joined in, no tenant gate.
import type { TicketRecord } from "~/server/gateways/repair/repair-gateway";
import { toQueueItem, toStaffView } from "~/server/modules/tickets/ticket-views";
import type { BureauFacts } from "./bureau.repository";

async function staffViews(facts: BureauFacts, tickets: TicketRecord[], now: Date) {
  const [services, customers] = await Promise.all([
    facts.servicesById(tickets.map((t) => t.serviceId)),
    facts.customerNamesById(tickets.map((t) => t.customerId)),
  ]);
  return tickets.map((t) => toStaffView(t, services.get(t.serviceId), customers.get(t.customerId) ?? "", now));
}

export async function staffView(facts: BureauFacts, ticket: TicketRecord, now: Date) {
  return (await staffViews(facts, [ticket], now))[0]!;
}

/** Highest SLA risk first; among equals the oldest report first. */
export async function queueItems(facts: BureauFacts, tickets: TicketRecord[], now: Date) {
  const [services, customers] = await Promise.all([
    facts.servicesById(tickets.map((t) => t.serviceId)),
    facts.customerNamesById(tickets.map((t) => t.customerId)),
  ]);
  return tickets
    .map((t) => toQueueItem(t, services.get(t.serviceId), customers.get(t.customerId) ?? "", now))
    .sort((a, b) => b.risk - a.risk || a.createdAt.getTime() - b.createdAt.getTime());
}
