import { serviceWhere, type Scope } from "~/server/auth/scope";
import type { Db } from "~/server/db/client";
import type { ServiceKind } from "~/server/db/generated/enums";

export type ServiceRef = { id: string; kind: ServiceKind; identifier: string; label: string | null; billingAccountId: string };

const kindOrder: Record<ServiceKind, number> = { mobile: 0, fixed_voice: 1, broadband: 2, tv: 3 };

/** Services in the scope, optionally of one billing account or among some ids, mobile first. */
export async function servicesInScope(db: Db, scope: Scope, filter: { billingAccountId?: string; ids?: string[] } = {}): Promise<ServiceRef[]> {
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
