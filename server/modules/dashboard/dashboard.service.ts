// The first screen: every service the caller may see at a glance, what is owed, what each line has left and
// what wants the customer now; read through the other modules' use cases (in the caller's scope), all at once.
import { canSeeBills, isEnterpriseAdmin, type CustomerActor } from "~/server/auth/principal";
import type { Deps } from "~/server/container";
import { DomainError } from "~/server/lib/errors";
import { billsDeps } from "~/server/modules/bills/bills-deps";
import { pendingInvitations } from "~/server/modules/members/members.service";
import { countServices, listServices } from "~/server/modules/services/services.service";
import { serviceKinds } from "~/server/modules/services/services.schemas";
import { slaDeps } from "~/server/modules/sla/sla-deps";
import { slaDashboard } from "~/server/modules/sla/sla.service";
import type { DashboardView } from "./dashboard.schemas";
import { attentionList } from "./use-cases/attention";
import { lineFacts } from "./use-cases/lines";
import { accountBills, amountsDue, latestBill, sharesOfLatestBills, spendByCostCentre } from "./use-cases/money";

/** Households see all their cards; a company's hundreds of lines go to the searchable table or the lines page instead. */
export const CARD_LIMIT = 12;

export async function getDashboard(deps: Deps, actor: CustomerActor): Promise<DashboardView> {
  const bills = billsDeps(deps);
  const mayBill = canSeeBills(actor);
  const [groups, first, accounts, sla, invitations] = await Promise.all([
    countServices(deps, actor),
    listServices(deps, actor, { page: 1, pageSize: CARD_LIMIT }),
    mayBill ? accountBills(bills, actor) : [],
    slaSummary(deps, actor),
    isEnterpriseAdmin(actor) ? pendingInvitations(deps, actor) : [],
  ]);
  const [facts, latest, shares, spend] = await Promise.all([
    lineFacts(deps, actor, first.items),
    mayBill ? latestBill(bills, actor, accounts) : null,
    mayBill ? sharesOfLatestBills(bills, actor, accounts) : new Map(),
    isEnterpriseAdmin(actor) ? spendByCostCentre(bills, actor, accounts) : null,
  ]);
  const now = deps.clock.now();
  const totals = serviceKinds.map((kind) => ({ kind, count: groups.filter((g) => g.kind === kind).reduce((n, g) => n + g.count, 0) }));
  const attention = groups.filter((g) => g.status === "suspended" || g.status === "pending").reduce((n, g) => n + g.count, 0);
  return {
    totals,
    total: first.total,
    attention,
    services: first.items,
    cards: facts.cards.map((c) => ({ ...c, share: shares.get(c.serviceId) ?? null })),
    hasMore: first.total > first.items.length,
    enterpriseAdmin: isEnterpriseAdmin(actor),
    due: mayBill ? amountsDue(accounts, now.toISOString().slice(0, 10)) : null,
    latestBill: latest,
    outages: facts.outages,
    attentionItems: attentionList({
      accounts,
      services: first.items,
      cards: facts.cards,
      tickets: facts.tickets,
      outages: facts.outages,
      invitations,
      now,
    }),
    spend,
    sla,
  };
}

/** SLA clients' owners and admins: this month's compliance and the open tickets with their clocks; null for everyone else. */
async function slaSummary(deps: Deps, actor: CustomerActor): Promise<DashboardView["sla"]> {
  if (actor.role !== "owner" && actor.role !== "admin") return null;
  try {
    const { figures, openTickets } = await slaDashboard(slaDeps(deps), actor, {});
    return { figures, openTickets };
  } catch (e) {
    if (e instanceof DomainError && e.code === "FORBIDDEN") return null;
    throw e;
  }
}
