// Rules of fault reports that are pure: which categories fit a service, how urgent a report is,
// and what a customer may do with a ticket right now.
import { canReopen, openStates, reopenDeadline, type TicketState } from "~/server/domain/repair/lifecycle";
import type { TicketRecord } from "~/server/gateways/repair/repair-gateway";
import type { Priority, Tier } from "~/server/domain/repair/sla-policy";
import type { ServiceKind } from "~/server/modules/services/services.schemas";
import { faultCategories, type FaultCategory } from "./tickets.schemas";

export function categoryFits(kind: ServiceKind, category: FaultCategory): boolean {
  return (faultCategories[kind] as readonly string[]).includes(category);
}

/** Total loss of service, degraded service, or something minor. */
const severity: Record<FaultCategory, 0 | 1 | 2> = {
  no_service: 0,
  no_dial_tone: 0,
  no_picture: 0,
  no_data: 1,
  slow_data: 1,
  call_quality: 1,
  slow: 1,
  intermittent: 1,
  noise: 1,
  cannot_call_out: 1,
  cannot_receive: 1,
  no_sound: 1,
  channels_missing: 1,
  billing_dispute: 1,
  sms: 2,
  wifi: 2,
  set_top_box: 2,
  other: 2,
};

/** standard: loss P2, degraded P3, minor P4; business and premium customers one step more urgent. */
export function priorityFor(tier: Tier, category: FaultCategory): Priority {
  const base = severity[category] + 2; // 2..4
  const level = tier === "standard" ? base : base - 1;
  return `P${level}` as Priority;
}

export const isOpen = (state: TicketState) => openStates.includes(state);

export function customerCan(ticket: Pick<TicketRecord, "state" | "resolvedAt" | "rating">, now: Date) {
  const resolvedAt = ticket.resolvedAt ?? undefined;
  return {
    addNote: isOpen(ticket.state),
    confirm: ticket.state === "resolved",
    reopen: canReopen(ticket.state, resolvedAt, now),
    rate: (ticket.state === "resolved" || ticket.state === "closed") && ticket.rating === null,
  };
}

export const reopenUntil = (ticket: Pick<TicketRecord, "state" | "resolvedAt">) =>
  ticket.state === "resolved" && ticket.resolvedAt ? reopenDeadline(ticket.resolvedAt) : null;
