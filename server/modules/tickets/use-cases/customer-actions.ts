// What a customer does to their own ticket: notes, confirming or reopening a fix, rating it.
import { randomUUID } from "node:crypto";
import type { CustomerActor } from "~/server/auth/principal";
import { scopeOf } from "~/server/auth/scope";
import type { TicketChange, TicketRecord } from "~/server/gateways/repair/repair-gateway";
import { conflict, DomainError, notFound } from "~/server/lib/errors";
import { toTicketView } from "../ticket-views";
import { isOpen } from "../tickets.policy";
import type { TicketDeps } from "../ticket-deps";
import type { AddNoteInput, ConfirmFixInput, RateTicketInput, ReopenTicketInput, TicketView } from "../tickets.schemas";

const invalidState = (why: string) => new DomainError("INVALID_STATE", why, { entity: "ticket" });

async function change(
  deps: TicketDeps,
  actor: CustomerActor,
  ticketId: string,
  decide: (t: TicketRecord) => TicketChange,
): Promise<TicketView> {
  const now = deps.clock.now();
  // The reporter hears of a status change from the repair feed (ticket-events.ts).
  const ticket = await deps.repair.updateTicket(
    ticketId,
    { scope: scopeOf(actor) },
    { kind: "customer", userId: actor.userId },
    now,
    decide,
    { key: randomUUID() },
  );
  if (!ticket) throw notFound("ticket");
  const services = await deps.facts.servicesById([ticket.serviceId]);
  return toTicketView(ticket, services.get(ticket.serviceId), now);
}

/** A note answers a question: a ticket waiting on the customer goes back to work. */
export const addNote = (deps: TicketDeps, actor: CustomerActor, input: AddNoteInput) =>
  change(deps, actor, input.ticketId, (t) => {
    if (!isOpen(t.state)) throw invalidState(`cannot add a note to a ticket that is ${t.state}`);
    return { action: t.state === "pending" ? "resume" : undefined, events: [{ kind: "note", text: input.text }] };
  });

export const confirmFix = (deps: TicketDeps, actor: CustomerActor, input: ConfirmFixInput) =>
  change(deps, actor, input.ticketId, () => ({ action: "close" }));

/** Within 7 days of the fix (lifecycle enforces the window). */
export const reopenTicket = (deps: TicketDeps, actor: CustomerActor, input: ReopenTicketInput) =>
  change(deps, actor, input.ticketId, () => ({ action: "reopen", events: [{ kind: "note", text: input.reason }] }));

export const rateTicket = (deps: TicketDeps, actor: CustomerActor, input: RateTicketInput) =>
  change(deps, actor, input.ticketId, (t) => {
    if (t.state !== "resolved" && t.state !== "closed") throw invalidState("only a fixed ticket can be rated");
    if (t.rating !== null) throw conflict("the repair is already rated");
    return { set: { rating: input.rating, ratingComment: input.comment || null } };
  });
