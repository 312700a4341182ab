import { serviceWhere, type Scope } from "~/server/auth/scope";
import type { Deps } from "~/server/container";
import type { Db } from "~/server/db/client";
import type { ServiceKind } from "~/server/db/generated/enums";
import type { UsageDeps } from "./usage.service";

export type ServiceRef = { id: string; kind: ServiceKind; identifier: string; label: string | null; billingAccountId: string };

const kindOrder: Record<ServiceKind, number> = { mobile: 0, fixed_voice: 1, broadband: 2, tv: 3 };

/** Services in the scope, optionally of one billing account or among some ids, mobile first. */
async function servicesInScope(db: Db, scope: Scope, filter: { billingAccountId?: string; ids?: string[] } = {}): Promise<ServiceRef[]> {
  const rows = await db.service.findMany({
    where: {
      ...serviceWhere(scope),
      ...(filter.billingAccountId ? { billingAccountId: filter.billingAccountId } : {}),
      ...(filter.ids ? { AND: [{ id: { in: filter.ids } }] } : {}),
    },
    select: { id: true, kind: true, identifier: true, label: true, billingAccountId: true },
    orderBy: [{ identifier: "asc" }],
  });
  return rows.sort((a, b) => kindOrder[a.kind] - kindOrder[b.kind]);
}

export type ServiceFilter = { billingAccountId?: string; ids?: string[] };
export interface UsageServices {
  /** Services in the scope, optionally of one billing account or among some ids, mobile first. */
  inScope(scope: Scope, filter?: ServiceFilter): Promise<ServiceRef[]>;
}

const usageServices = (db: Db): UsageServices => ({ inScope: (scope, filter) => servicesInScope(db, scope, filter) });

export const usageDeps = ({ billing, clock, db }: Deps): UsageDeps => ({ billing, clock, services: usageServices(db) });
