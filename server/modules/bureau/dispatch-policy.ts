// Who may be sent to a ticket: a technician skilled in the service's kind who covers its area.
// A service without an area (a mobile line) can be worked from anywhere.
import type { ServiceKind, TechnicianRecord, TicketRecord } from "~/server/gateways/repair/repair-gateway";

export type IneligibilityReason = "skill" | "area";

export function ineligibility(
  tech: Pick<TechnicianRecord, "skills" | "areas">,
  ticket: { serviceKind: ServiceKind; area: string | null },
): IneligibilityReason[] {
  return [
    ...(tech.skills.includes(ticket.serviceKind) ? [] : ["skill" as const]),
    ...(ticket.area === null || tech.areas.includes(ticket.area) ? [] : ["area" as const]),
  ];
}

/** Eligible first, then the least loaded, then by name: the dispatcher's natural pick is on top. */
export function rankTechnicians<T extends TechnicianRecord>(techs: T[], ticket: Pick<TicketRecord, "serviceKind" | "area">) {
  return techs
    .map((t) => ({ ...t, ineligible: ineligibility(t, ticket) }))
    .sort((a, b) => Number(a.ineligible.length > 0) - Number(b.ineligible.length > 0) || a.load - b.load || a.name.localeCompare(b.name));
}
