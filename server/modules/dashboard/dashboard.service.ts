// The first screen: every service the caller may see, at a glance, across all networks.
import { isEnterpriseAdmin, type CustomerActor } from "~/server/auth/principal";
import { scopeOf } from "~/server/auth/scope";
import type { Deps } from "~/server/container";
import * as services from "~/server/modules/services/services.repository";
import { serviceKinds, type ServiceView } from "~/server/modules/services/services.schemas";

/** Households see all their cards; a company's hundreds of lines go to the searchable table instead. */
const CARD_LIMIT = 12;

export type DashboardView = {
  totals: { kind: (typeof serviceKinds)[number]; count: number }[];
  total: number;
  attention: number;
  services: ServiceView[];
  hasMore: boolean;
  enterpriseAdmin: boolean;
};

export async function getDashboard({ db }: Deps, actor: CustomerActor): Promise<DashboardView> {
  const scope = scopeOf(actor);
  const [groups, first] = await Promise.all([
    services.countByKindAndStatus(db, scope),
    services.listServices(db, scope, { page: 1, pageSize: CARD_LIMIT }),
  ]);
  const totals = serviceKinds.map((kind) => ({ kind, count: groups.filter((g) => g.kind === kind).reduce((n, g) => n + g.count, 0) }));
  const attention = groups.filter((g) => g.status === "suspended" || g.status === "pending").reduce((n, g) => n + g.count, 0);
  return {
    totals,
    total: first.total,
    attention,
    services: first.items,
    hasMore: first.total > first.items.length,
    enterpriseAdmin: isEnterpriseAdmin(actor),
  };
}
