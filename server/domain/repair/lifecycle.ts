// Trouble-ticket lifecycle after TMF621: which actions move a ticket between states. Anything
// not in the table is INVALID_STATE, so a stale screen or a double click never goes unnoticed.
import { DomainError } from "~/server/lib/errors";

export const ticketStates = ["acknowledged", "in_progress", "pending", "held", "resolved", "closed", "cancelled", "rejected"] as const;
/** TMF621 status: pending = waiting on the customer, held = waiting on a third party or a part. */
export type TicketState = (typeof ticketStates)[number];

export const ticketActions = ["start", "await_customer", "hold", "resume", "resolve", "close", "reopen", "cancel", "reject"] as const;
export type TicketAction = (typeof ticketActions)[number];

/** The states in which the ticket still needs work (the resolution clock runs or is paused). */
export const openStates: readonly TicketState[] = ["acknowledged", "in_progress", "pending", "held"];

// Resolving is allowed from every open state: closing an outage resolves all linked tickets,
// and a customer may report "works again" while the ticket waits on them.
const table: Record<TicketAction, Partial<Record<TicketState, TicketState>>> = {
  start: { acknowledged: "in_progress" },
  await_customer: { in_progress: "pending" },
  hold: { in_progress: "held" },
  resume: { pending: "in_progress", held: "in_progress" },
  resolve: { acknowledged: "resolved", in_progress: "resolved", pending: "resolved", held: "resolved" },
  close: { resolved: "closed" },
  reopen: { resolved: "in_progress" },
  cancel: { acknowledged: "cancelled", in_progress: "cancelled", pending: "cancelled", held: "cancelled" },
  reject: { acknowledged: "rejected" },
};

/** How long after resolution the customer may still reopen instead of filing a new fault. */
export const REOPEN_WINDOW_MS = 7 * 24 * 60 * 60 * 1000;

/** What the reopen rule needs; the other actions ignore it. */
export interface TransitionContext {
  /** The current time, from the injected clock. */
  now: Date;
  /** When the ticket was (last) resolved. */
  resolvedAt?: Date;
}

/** Last instant at which a ticket resolved at `resolvedAt` may be reopened (inclusive). */
export function reopenDeadline(resolvedAt: Date): Date {
  return new Date(resolvedAt.getTime() + REOPEN_WINDOW_MS);
}

export function canReopen(state: TicketState, resolvedAt: Date | undefined, now: Date): boolean {
  return state === "resolved" && resolvedAt !== undefined && now.getTime() <= reopenDeadline(resolvedAt).getTime();
}

/** The actions the table allows from a state (reopen subject to its window), e.g. for buttons. */
export function allowedActions(state: TicketState): TicketAction[] {
  return ticketActions.filter((action) => table[action][state] !== undefined);
}

/** The state after `action`, or DomainError INVALID_STATE when the table (or the reopen window) forbids it. */
export function transition(state: TicketState, action: TicketAction, context?: TransitionContext): TicketState {
  const next = table[action][state];
  if (next === undefined) {
    throw new DomainError("INVALID_STATE", `cannot ${action} a ticket that is ${state}`, { entity: "ticket" });
  }
  if (action === "reopen" && !(context && canReopen(state, context.resolvedAt, context.now))) {
    throw new DomainError("INVALID_STATE", "the reopen window has closed", { entity: "ticket", field: "resolvedAt" });
  }
  return next;
}
