// Portal-side facts the ticket screens combine with the repair system's records: services and customers.
import { serviceWhere, type Scope } from "~/server/auth/scope";
import type { Db, Tx } from "~/server/db/client";
import type { ServiceKind, SlaTier } from "~/server/db/generated/enums";
import type { ServiceFacts } from "./ticket-views";

export type { ServiceFacts } from "./ticket-views";

/** What the ticket use cases read of the portal's tables. */
export interface TicketFacts {
  /** A service within the caller's scope; null = not theirs or absent. */
  scopedService(scope: Scope, id: string): Promise<ServiceFacts | null>;
  servicesById(ids: string[]): Promise<Map<string, ServiceFacts>>;
  tierOf(customerId: string): Promise<SlaTier>;
  /** The caller's live services that have a site (an area), for the outage banner. */
  scopedSites(scope: Scope): Promise<{ id: string; kind: ServiceKind; area: string | null }[]>;
}

const serviceSelect = {
  id: true,
  kind: true,
  identifier: true,
  label: true,
  status: true,
  area: true,
  installationAddress: true,
  customerId: true,
} as const;

export function ticketFacts(db: Db): TicketFacts {
  return {
    scopedService: (scope, id) => db.service.findFirst({ where: { ...serviceWhere(scope), AND: [{ id }] }, select: serviceSelect }),
    async servicesById(ids) {
      const rows = ids.length ? await db.service.findMany({ where: { id: { in: [...new Set(ids)] } }, select: serviceSelect }) : [];
      return new Map(rows.map((r) => [r.id, r]));
    },
    tierOf: async (customerId) =>
      (await db.customer.findUnique({ where: { id: customerId }, select: { slaTier: true } }))?.slaTier ?? "standard",
    scopedSites: (scope) =>
      db.service.findMany({
        where: { ...serviceWhere(scope), area: { not: null }, status: { not: "terminated" } },
        select: { id: true, kind: true, area: true },
      }),
  };
}

/** Everyone who dispatches: the SLA watch's warnings go to them (inside the notice's transaction). */
export async function dispatcherIds(tx: Tx): Promise<string[]> {
  return (await tx.user.findMany({ where: { staffRole: "dispatcher" }, select: { id: true } })).map((u) => u.id);
}
