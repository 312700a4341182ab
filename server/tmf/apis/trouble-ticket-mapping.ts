// TMF621 Trouble Ticket v4 representation of the repair system's tickets, and the status vocabulary both ways.
import { allowedActions, transition, type TicketAction, type TicketState } from "~/server/domain/repair/lifecycle";
import type { Priority } from "~/server/domain/repair/sla-policy";
import type { TicketRecord } from "~/server/gateways/repair/repair-gateway";
import { DomainError } from "~/server/lib/errors";
import type { TmfResource } from "../kit/query";
import { identityOf, type TmfContext } from "../kit/tmf-api";
import { isoOrUndefined } from "../kit/values";

export const TICKETS = "troubleTicket";

const toTmf: Record<TicketState, string> = {
  acknowledged: "acknowledged",
  in_progress: "inProgress",
  pending: "pending",
  held: "held",
  resolved: "resolved",
  closed: "closed",
  cancelled: "cancelled",
  rejected: "rejected",
};
export const tmfStatus = (s: TicketState) => toTmf[s];
export const stateOfStatus = (status: string): TicketState | undefined =>
  (Object.keys(toTmf) as TicketState[]).find((s) => toTmf[s] === status);

const priorityNames: Record<Priority, string> = { P1: "Critical", P2: "High", P3: "Medium", P4: "Low" };
const severityNames: Record<Priority, string> = { P1: "Critical", P2: "Major", P3: "Minor", P4: "Minor" };

/** Actions a customer-scoped client may take on its own tickets: what a customer may do in the portal. */
const customerActions: readonly TicketAction[] = ["close", "reopen", "cancel"];

/**
 * The lifecycle action that moves a ticket from its state to `target`, or INVALID_STATE when the lifecycle
 * (or the caller's kind) allows none: an illegal status change is refused, never applied another way.
 */
export function actionTo(
  ticket: Pick<TicketRecord, "state" | "resolvedAt">,
  target: TicketState,
  now: Date,
  customer: boolean,
): TicketAction {
  const context = { now, resolvedAt: ticket.resolvedAt ?? undefined };
  // Which action leads there, whatever the reopen window says (it is checked below, with the ticket's own time).
  const anyTime = { now, resolvedAt: now };
  const action = allowedActions(ticket.state).find((a) => transition(ticket.state, a, anyTime) === target);
  if (!action || (customer && !customerActions.includes(action))) {
    throw new DomainError("INVALID_STATE", `a ticket that is ${toTmf[ticket.state]} cannot become ${toTmf[target]}`, { entity: "ticket" });
  }
  transition(ticket.state, action, context); // the reopen window
  return action;
}

export function troubleTicketOf(ctx: Pick<TmfContext, "base">, t: TicketRecord): TmfResource {
  const last = t.events.at(-1)?.at ?? t.createdAt;
  const statusEvents = t.events.filter((e) => e.kind === "status" || e.kind === "created");
  return {
    ...identityOf(ctx, TICKETS, "TroubleTicket", t.id),
    name: t.number,
    externalId: t.number,
    description: t.description,
    ticketType: t.category,
    priority: priorityNames[t.priority],
    severity: severityNames[t.priority],
    status: tmfStatus(t.state),
    creationDate: t.createdAt.toISOString(),
    lastUpdate: last.toISOString(),
    statusChangeDate: (statusEvents.at(-1)?.at ?? t.createdAt).toISOString(),
    resolutionDate: isoOrUndefined(t.resolvedAt),
    statusChange: statusEvents.map((e) => ({
      status: tmfStatus(e.toState ?? "acknowledged"),
      changeDate: e.at.toISOString(),
      "@type": "StatusChange",
    })),
    note: t.events
      .filter((e) => e.text)
      .map((e) => ({ id: String(e.seq), author: e.author, date: e.at.toISOString(), text: e.text!, "@type": "Note" })),
    relatedEntity: [
      { id: t.serviceId, role: "affectedService", name: t.serviceKind, "@referredType": "Service", "@type": "RelatedEntity" },
    ],
    relatedParty: [{ id: t.customerId, role: "customer", "@referredType": "Customer", "@type": "RelatedParty" }],
  };
}
