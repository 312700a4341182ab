import { openStates, ticketStates } from "~/server/domain/repair/lifecycle";
import type { CustomerActor } from "~/server/auth/principal";
import { scopeOf } from "~/server/auth/scope";
import { notFound } from "~/server/lib/errors";
import { skipTake, toPage } from "~/server/lib/pagination";
import { toSummary, toTicketView } from "../ticket-views";
import type { TicketDeps } from "../ticket-deps";
import type { GetTicketInput, ListTicketsInput, TicketView } from "../tickets.schemas";

const statesOf = { open: openStates, done: ticketStates.filter((s) => !openStates.includes(s)), all: undefined } as const;

/** The caller's tickets (a sub-user: only those on granted lines), newest first, with live clocks. */
export async function listTickets({ facts, repair, clock }: TicketDeps, actor: CustomerActor, input: ListTicketsInput) {
  const { items, total } = await repair.listTickets({ scope: scopeOf(actor) }, { states: statesOf[input.status] }, skipTake(input));
  const services = await facts.servicesById(items.map((t) => t.serviceId));
  const now = clock.now();
  return toPage(
    items.map((t) => toSummary(t, services.get(t.serviceId), now)),
    total,
    input,
  );
}

export async function getTicket({ facts, repair, clock }: TicketDeps, actor: CustomerActor, input: GetTicketInput): Promise<TicketView> {
  const ticket = await repair.getTicket(input.ticketId, { scope: scopeOf(actor) });
  if (!ticket) throw notFound("ticket");
  const services = await facts.servicesById([ticket.serviceId]);
  return toTicketView(ticket, services.get(ticket.serviceId), clock.now());
}
