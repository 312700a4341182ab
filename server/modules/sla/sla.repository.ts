// What one customer's SLA report reads: its tier, services with their fees (portal tables), tickets
// with event logs and the outages over its sites (the repair system). Which SLA credits already went
// out on credit notes is the billing system's to say (BillingGateway.listCreditNotes).
import { serviceWhere, type Scope } from "~/server/auth/scope";
import type { Db } from "~/server/db/client";
import type { RepairGateway } from "~/server/gateways/repair/repair-gateway";
import type { OutageRecord, TicketRecord } from "~/server/gateways/repair/repair-gateway";
import { calendarFor, policyFor, type Tier } from "~/server/domain/repair/sla-policy";
import { slaEventsOf } from "~/server/modules/tickets/ticket-views";
import type { ReportOutage, ReportService, ReportTicket } from "./sla-report";
import type { SlaServiceRef } from "./sla.schemas";

export type SlaService = ReportService & SlaServiceRef & { billingAccountId: string; area: string | null };

export interface CustomerSlaData {
  tier: Tier;
  services: SlaService[];
  tickets: TicketRecord[];
  outages: OutageRecord[];
}

export interface SlaRepository {
  load(scope: Scope): Promise<CustomerSlaData | null>;
  customerName(customerId: string): Promise<string>;
}

export const slaRepository = (db: Db, repair: RepairGateway): SlaRepository => ({
  load: (scope) => loadSlaData(db, repair, scope),
  customerName: async (id) => (await db.customer.findUniqueOrThrow({ where: { id }, select: { name: true } })).name,
});

async function loadSlaData(db: Db, repair: RepairGateway, scope: Scope): Promise<CustomerSlaData | null> {
  const customer = await db.customer.findUnique({ where: { id: scope.customerId }, select: { slaTier: true } });
  if (!customer) return null;
  const [rows, tickets, outages] = await Promise.all([
    db.service.findMany({
      where: serviceWhere(scope),
      select: {
        id: true,
        kind: true,
        identifier: true,
        label: true,
        area: true,
        billingAccountId: true,
        plan: { select: { monthlyFeeMinor: true, currency: true } },
      },
      orderBy: [{ kind: "asc" }, { identifier: "asc" }],
    }),
    repair.listAllTickets({ scope }, {}),
    repair.listOutages("all"),
  ]);
  const services = rows.map(({ plan, ...s }) => ({ ...s, monthlyFeeMinor: plan.monthlyFeeMinor, currency: plan.currency }));
  const sites = new Set(services.flatMap((s) => (s.area ? [`${s.area}/${s.kind}`] : [])));
  return { tier: customer.slaTier, services, tickets, outages: outages.filter((o) => sites.has(`${o.area}/${o.serviceKind}`)) };
}

export const reportTicket = (t: TicketRecord): ReportTicket => {
  const policy = policyFor(t.tier, t.priority);
  return {
    id: t.id,
    number: t.number,
    serviceId: t.serviceId,
    tier: t.tier,
    priority: t.priority,
    createdAt: t.createdAt,
    events: slaEventsOf(t.events),
    targets: policy,
    calendar: calendarFor(policy),
  };
};

/** An outage hits every service on its site (area) of its kind. */
export function reportOutages(services: readonly SlaService[], outages: readonly OutageRecord[]): ReportOutage[] {
  return outages.flatMap((o) =>
    services
      .filter((s) => s.area === o.area && s.kind === o.serviceKind)
      .map((s) => ({ serviceId: s.id, start: o.startedAt, end: o.closedAt })),
  );
}
