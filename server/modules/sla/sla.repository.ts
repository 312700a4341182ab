// What one customer's SLA report reads: its tier, services with their fees, tickets with event logs,
// the outages over its sites, and which SLA credits already went out on credit notes.
import { serviceWhere, type Scope } from "~/server/auth/scope";
import type { Deps } from "~/server/container";
import type { Db } from "~/server/db/client";
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

export async function loadSlaData({ db, repair }: Pick<Deps, "db" | "repair">, scope: Scope): Promise<CustomerSlaData | null> {
  const customer = await db.customer.findUnique({ where: { id: scope.customerId }, select: { slaTier: true } });
  if (!customer) return null;
  const [rows, tickets, outages] = await Promise.all([
    db.service.findMany({
      where: serviceWhere(scope),
      select: { id: true, kind: true, identifier: true, label: true, area: true, billingAccountId: true, plan: { select: { monthlyFeeMinor: true, currency: true } } },
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
    id: t.id, number: t.number, serviceId: t.serviceId, tier: t.tier, priority: t.priority, createdAt: t.createdAt,
    events: slaEventsOf(t.events), targets: policy, calendar: calendarFor(policy),
  };
};

/** An outage hits every service on its site (area) of its kind. */
export function reportOutages(services: readonly SlaService[], outages: readonly OutageRecord[]): ReportOutage[] {
  return outages.flatMap((o) =>
    services.filter((s) => s.area === o.area && s.kind === o.serviceKind).map((s) => ({ serviceId: s.id, start: o.startedAt, end: o.closedAt })),
  );
}

/** The reference a ticket's SLA credit note is issued under: one credit per breached ticket, ever. */
export const creditReference = (ticketId: string) => `sla:${ticketId}`;

/**
 * Credit notes already issued for these tickets, by ticket id. The billing ledger records each
 * credit note's reference in its posting's idempotency key (`credit_note:<reference>`).
 */
export async function postedCredits(db: Db, ticketIds: string[]): Promise<Map<string, string>> {
  if (!ticketIds.length) return new Map();
  const keys = ticketIds.map((id) => `credit_note:${creditReference(id)}`);
  const postings = await db.ledgerPosting.findMany({ where: { idempotencyKey: { in: keys } }, select: { idempotencyKey: true, creditNoteId: true } });
  const noteIds = postings.flatMap((p) => (p.creditNoteId ? [p.creditNoteId] : []));
  const notes = noteIds.length ? await db.creditNote.findMany({ where: { id: { in: noteIds } }, select: { id: true, number: true } }) : [];
  const numberOf = new Map(notes.map((n) => [n.id, n.number]));
  return new Map(postings.flatMap((p) => {
    const number = p.creditNoteId ? numberOf.get(p.creditNoteId) : undefined;
    return number ? [[p.idempotencyKey.slice("credit_note:sla:".length), number] as const] : [];
  }));
}
