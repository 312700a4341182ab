// The repair system's event feed, TMF621-shaped: what a TMF event hub would post for a trouble
// ticket. Every implementation emits the same events for the same change (see contract.ts).
import type { TicketState } from "~/server/domain/repair/lifecycle";
import type { Priority } from "~/server/domain/repair/sla-policy";
import type { SlaFlag } from "~/server/domain/repair/sla-sweep";
import type { TmfEvent } from "~/server/gateways/events";
import type { TicketChange, TicketRecord } from "./repair-gateway";

/** The ticket as an event carries it (TMF TroubleTicket, the fields a listener needs). */
export interface TroubleTicketBody {
  id: string;
  /** The customer-facing number (TT-000123). */
  externalId: string;
  status: TicketState;
  priority: Priority;
  ticketType: string;
  creationDate: string;
  lastUpdate: string;
  relatedParty: { id: string; role: "customer" | "reporter" | "technician" }[];
  relatedEntity: { id: string; role: "service" | "outage" }[];
}

type TicketEvent<T extends string> = TmfEvent<T, { troubleTicket: TroubleTicketBody }>;
export type TroubleTicketCreateEvent = TicketEvent<"TroubleTicketCreateEvent">;
export type TroubleTicketStateChangeEvent = TicketEvent<"TroubleTicketStateChangeEvent">;
export type TroubleTicketAttributeValueChangeEvent = TicketEvent<"TroubleTicketAttributeValueChangeEvent">;
export type RepairEvent = TroubleTicketCreateEvent | TroubleTicketStateChangeEvent | TroubleTicketAttributeValueChangeEvent;
export type RepairEventType = RepairEvent["eventType"];

/** An event before the outbox gives it an id. */
export type NewRepairEvent = Omit<RepairEvent, "eventId">;

function troubleTicketOf(t: TicketRecord): TroubleTicketBody {
  const last = t.events.at(-1)?.at ?? t.createdAt;
  return {
    id: t.id,
    externalId: t.number,
    status: t.state,
    priority: t.priority,
    ticketType: t.category,
    creationDate: t.createdAt.toISOString(),
    lastUpdate: last.toISOString(),
    relatedParty: [
      { id: t.customerId, role: "customer" },
      { id: t.reporterUserId, role: "reporter" },
      ...(t.technician ? [{ id: t.technician.id, role: "technician" as const }] : []),
    ],
    relatedEntity: [{ id: t.serviceId, role: "service" }, ...(t.outage ? [{ id: t.outage.id, role: "outage" as const }] : [])],
  };
}

/** The party of a role on an event's ticket (reporter, customer, technician). */
export const partyOf = (t: TroubleTicketBody, role: TroubleTicketBody["relatedParty"][number]["role"]) =>
  t.relatedParty.find((p) => p.role === role)?.id ?? null;

export const createdEvent = (t: TicketRecord, at: Date): NewRepairEvent => ({
  eventType: "TroubleTicketCreateEvent",
  eventTime: at.toISOString(),
  event: { troubleTicket: troubleTicketOf(t) },
});

/** An SLA threshold crossed: an attribute change whose fieldPath names the flag ("slaFlag.response.at_risk"). */
export const slaFlagEvent = (t: TicketRecord, flag: SlaFlag, at: Date): NewRepairEvent => ({
  eventType: "TroubleTicketAttributeValueChangeEvent",
  eventTime: at.toISOString(),
  fieldPath: `slaFlag.${flag}`,
  event: { troubleTicket: troubleTicketOf(t) },
});

/** The flag an attribute-change event raises, if it is an SLA one. */
export const slaFlagOf = (e: Pick<RepairEvent, "fieldPath">): SlaFlag | null =>
  e.fieldPath?.startsWith("slaFlag.") ? (e.fieldPath.slice("slaFlag.".length) as SlaFlag) : null;

/** What one command emits: a state change when the state moved, an attribute change for the rest. */
export function changeEvents(before: TicketRecord, after: TicketRecord, change: TicketChange, at: Date): NewRepairEvent[] {
  const eventTime = at.toISOString();
  const troubleTicket = troubleTicketOf(after);
  const out: NewRepairEvent[] = [];
  if (after.state !== before.state) out.push({ eventType: "TroubleTicketStateChangeEvent", eventTime, event: { troubleTicket } });
  const fields = [
    ...Object.keys(change.set ?? {}),
    ...(change.events ?? []).map((e) => e.kind),
    ...(change.attachments?.length ? ["attachment"] : []),
  ];
  if (fields.length > 0) {
    out.push({
      eventType: "TroubleTicketAttributeValueChangeEvent",
      eventTime,
      fieldPath: [...new Set(fields)].join(","),
      event: { troubleTicket },
    });
  }
  return out;
}
