// Portal facts the bureau's screens put beside the repair system's tickets: the service and the customer's name.
import type { Db } from "~/server/db/client";
import type { ServiceFacts } from "~/server/modules/tickets/ticket-views";

/** What the bureau's use cases read of the portal's tables. */
export interface BureauFacts {
  servicesById(ids: string[]): Promise<Map<string, ServiceFacts>>;
  customerNamesById(ids: string[]): Promise<Map<string, string>>;
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

export function bureauFacts(db: Db): BureauFacts {
  return {
    async servicesById(ids) {
      const rows = ids.length ? await db.service.findMany({ where: { id: { in: [...new Set(ids)] } }, select: serviceSelect }) : [];
      return new Map(rows.map((r) => [r.id, r]));
    },
    async customerNamesById(ids) {
      const rows = ids.length
        ? await db.customer.findMany({ where: { id: { in: [...new Set(ids)] } }, select: { id: true, name: true } })
        : [];
      return new Map(rows.map((r) => [r.id, r.name]));
    },
  };
}
