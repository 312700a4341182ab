// The first screen: every service the caller may see, at a glance, across all networks.
import { isEnterpriseAdmin, type CustomerActor } from "~/server/auth/principal";
import type { Deps } from "~/server/container";
import { countServices, listServices } from "~/server/modules/services/services.service";
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

/** Reads through the services module's use cases (in the caller's scope), never its tables. */
export async function getDashboard(deps: Deps, actor: CustomerActor): Promise<DashboardView> {
  const [groups, first] = await Promise.all([countServices(deps, actor), listServices(deps, actor, { page: 1, pageSize: CARD_LIMIT })]);
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
