// Repair records → wire views. The SLA clocks are computed here, from the event log, as of the injected now.
import type { OutageRecord, TicketEventRecord, TicketRecord } from "~/server/gateways/repair/repair-gateway";
import { slaClock, type ClockState, type SlaEvent } from "~/server/domain/repair/sla-clock";
import { calendarFor, policyFor } from "~/server/domain/repair/sla-policy";
import type { ServiceKind, ServiceStatus } from "~/server/db/generated/enums";
import { customerCan, reopenUntil } from "./tickets.policy";
import type {
  ClocksView,
  ClockView,
  FaultCategory,
  OutageView,
  QueueItemView,
  StaffTicketView,
  TicketSummaryView,
  TicketView,
} from "./tickets.schemas";

/** A service as the ticket screens show it and a fault report needs it (a portal fact, from the repositories). */
export interface ServiceFacts {
  id: string;
  kind: ServiceKind;
  identifier: string;
  label: string | null;
  status: ServiceStatus;
  area: string | null;
  installationAddress: string | null;
  customerId: string;
}

/** The part of the log the SLA clock reads. */
export function slaEventsOf(events: readonly Pick<TicketEventRecord, "kind" | "toState" | "at">[]): SlaEvent[] {
  return events.flatMap((e): SlaEvent[] => {
    if (e.kind === "created") return [{ kind: "created", at: e.at }];
    if (e.kind === "responded") return [{ kind: "responded", at: e.at }];
    if (e.kind === "status" && e.toState) return [{ kind: "status", at: e.at, to: e.toState }];
    return [];
  });
}

const clockView = ({ metAt, ...c }: ClockState): ClockView => ({ ...c, metAt: metAt ?? null });

export function clocksOf(ticket: Pick<TicketRecord, "tier" | "priority" | "events">, now: Date): ClocksView {
  const policy = policyFor(ticket.tier, ticket.priority);
  const clocks = slaClock(slaEventsOf(ticket.events), policy, calendarFor(policy), now);
  return { tier: ticket.tier, calendar: policy.calendar, response: clockView(clocks.response), resolution: clockView(clocks.resolution) };
}

export const outageView = (o: OutageRecord): OutageView => ({ ...o });

const serviceRef = (s: ServiceFacts | undefined) => ({
  kind: s?.kind ?? "mobile",
  identifier: s?.identifier ?? "",
  label: s?.label ?? null,
});

function core(t: TicketRecord, service: ServiceFacts | undefined, now: Date) {
  return {
    id: t.id,
    number: t.number,
    service: { ...serviceRef(service), kind: t.serviceKind },
    category: t.category as FaultCategory,
    description: t.description,
    priority: t.priority,
    state: t.state,
    visitPreference: t.visitPreference,
    contactPhone: t.contactPhone,
    technician: t.technician ? { name: t.technician.name } : null,
    visit: t.visit,
    outage: t.outage ? outageView(t.outage) : null,
    cause: t.cause,
    workDone: t.workDone,
    rating: t.rating,
    ratingComment: t.ratingComment,
    createdAt: t.createdAt,
    resolvedAt: t.resolvedAt,
    timeline: t.events.map(({ authorUserId: _who, ...e }) => e),
    clocks: clocksOf(t, now),
  };
}

export function toTicketView(t: TicketRecord, service: ServiceFacts | undefined, now: Date): TicketView {
  return { ...core(t, service, now), serviceId: t.serviceId, can: customerCan(t, now), reopenUntil: reopenUntil(t) };
}

export function toStaffView(t: TicketRecord, service: ServiceFacts | undefined, customerName: string, now: Date): StaffTicketView {
  return {
    ...core(t, service, now),
    customerName,
    tier: t.tier,
    area: t.area,
    installationAddress: service?.installationAddress ?? null,
    technicianId: t.technician?.id ?? null,
  };
}

export function toSummary(t: TicketRecord, service: ServiceFacts | undefined, now: Date, clocks = clocksOf(t, now)): TicketSummaryView {
  return {
    id: t.id,
    number: t.number,
    serviceId: t.serviceId,
    service: { ...serviceRef(service), kind: t.serviceKind },
    category: t.category as FaultCategory,
    priority: t.priority,
    state: t.state,
    createdAt: t.createdAt,
    resolvedAt: t.resolvedAt,
    outageId: t.outage?.id ?? null,
    resolution: clocks.resolution,
    responseBreached: clocks.response.breached,
  };
}

export function toQueueItem(t: TicketRecord, service: ServiceFacts | undefined, customerName: string, now: Date): QueueItemView {
  const clocks = clocksOf(t, now);
  const summary = toSummary(t, service, now, clocks);
  const used = (c: ClockView) => c.elapsedMinutes / c.targetMinutes;
  // An unanswered ticket is as urgent as its response clock; once answered, a late answer still counts as 100 %.
  const response = clocks.response.stopped ? (clocks.response.breached ? 1 : 0) : used(clocks.response);
  const worst = Math.max(used(clocks.resolution), response);
  return { ...summary, customerName, tier: t.tier, area: t.area, technician: t.technician, visit: t.visit, risk: Math.min(worst, 10) };
}
