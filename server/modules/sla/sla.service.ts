// SLA reporting for business and premium customers: live clocks of open tickets, monthly figures
// and the service credits breaches earn. Customers read; posting credits to bills is an operator's act.
import type { CustomerActor } from "~/server/auth/principal";
import { scopeOf, type Scope } from "~/server/auth/scope";
import type { BillingGateway } from "~/server/gateways/billing/billing-gateway";
import { openStates } from "~/server/domain/repair/lifecycle";
import type { Clock } from "~/server/lib/clock";
import { forbidden, invalid, notFound } from "~/server/lib/errors";
import { clocksOf } from "~/server/modules/tickets/ticket-views";
import { monthOf, monthsUpTo } from "./sla-month";
import { monthlyFigures, type MonthFigures, type SlaCredit } from "./sla-report";
import { reportOutages, reportTicket, type CustomerSlaData, type SlaRepository, type SlaService } from "./sla.repository";
import type {
  CreditsInput,
  CreditStatus,
  CreditsView,
  CreditView,
  DashboardInput,
  DashboardView,
  MonthFiguresView,
  OpenTicketView,
  SlaServiceRef,
} from "./sla.schemas";

const TREND_MONTHS = 6;

export type SlaDeps = { billing: BillingGateway; clock: Clock; sla: SlaRepository };

/** The reference a ticket's SLA credit note is issued under: one credit per breached ticket, ever. */
export const creditReference = (ticketId: string) => `sla:${ticketId}`;

/** A month up to the current one (a future month has no figures yet). */
export function reportMonth(month: string | undefined, now: Date): string {
  const current = monthOf(now);
  if (month && month > current) throw invalid("month", "The month is in the future");
  return month ?? current;
}

/** Owners and admins of business and premium customers; everyone else is refused outright. */
export async function slaClientData({ sla }: Pick<SlaDeps, "sla">, actor: CustomerActor): Promise<CustomerSlaData> {
  if (actor.role !== "owner" && actor.role !== "admin") throw forbidden("SLA reports are for the account's owners and admins");
  const data = await sla.load(scopeOf(actor));
  if (!data || data.tier === "standard") throw forbidden("SLA reports come with business and premium service levels");
  return data;
}

export const serviceRef = (s: SlaServiceRef): SlaServiceRef => ({ id: s.id, kind: s.kind, identifier: s.identifier, label: s.label });

export function figuresOf(data: CustomerSlaData, month: string, now: Date): MonthFigures {
  return monthlyFigures({
    month,
    now,
    tickets: data.tickets.map(reportTicket),
    services: data.services,
    outages: reportOutages(data.services, data.outages),
  });
}

function sumByCurrency(credits: readonly Pick<SlaCredit, "amountMinor" | "currency">[]) {
  const sums = new Map<string, number>();
  for (const c of credits) if (c.amountMinor > 0) sums.set(c.currency, (sums.get(c.currency) ?? 0) + c.amountMinor);
  return [...sums].map(([currency, amountMinor]) => ({ amountMinor, currency }));
}

export function figuresView(f: MonthFigures, services: readonly SlaService[]): MonthFiguresView {
  const byId = new Map(services.map((s) => [s.id, s]));
  const availability = f.availability.flatMap((a) => {
    const s = byId.get(a.serviceId);
    return s ? [{ service: serviceRef(s), outageMinutes: a.outageMinutes, availability: a.availability }] : [];
  });
  return {
    month: f.month,
    opened: f.opened,
    resolved: f.resolved,
    resolvedWithinTarget: f.resolvedWithinTarget,
    respondedWithinTarget: f.respondedWithinTarget,
    breaches: f.breaches,
    mttr: f.mttr,
    availability,
    worstAvailability: Math.min(1, ...availability.map((a) => a.availability)),
    creditTotal: sumByCurrency(f.credits),
  };
}

export async function slaDashboard(deps: SlaDeps, actor: CustomerActor, input: DashboardInput): Promise<DashboardView> {
  const now = deps.clock.now();
  const month = reportMonth(input.month, now);
  const data = await slaClientData(deps, actor);
  const services = new Map(data.services.map((s) => [s.id, s]));
  const openTickets = data.tickets
    .filter((t) => openStates.includes(t.state) && services.has(t.serviceId))
    .map((t): OpenTicketView => {
      const clocks = clocksOf(t, now);
      return {
        id: t.id,
        number: t.number,
        service: serviceRef(services.get(t.serviceId)!),
        priority: t.priority,
        state: t.state,
        createdAt: t.createdAt,
        response: clocks.response,
        resolution: clocks.resolution,
      };
    })
    .sort((a, b) => a.resolution.dueAt.getTime() - b.resolution.dueAt.getTime());
  const trend = monthsUpTo(month, TREND_MONTHS).map((m) => {
    const f = figuresView(figuresOf(data, m, now), data.services);
    return { ...f, breaches: f.breaches.total };
  });
  return {
    month,
    currentMonth: monthOf(now),
    tier: data.tier,
    openTickets,
    figures: figuresView(figuresOf(data, month, now), data.services),
    trend,
  };
}

/** The bill of each billing account for the month, where one was issued. */
export async function billsOfMonth({ billing }: Pick<SlaDeps, "billing">, scope: Scope, accountIds: string[], month: string) {
  const bills = new Map<string, string>();
  for (const billingAccountId of new Set(accountIds)) {
    const page = await billing.listBills(scope, { billingAccountId, periodFrom: month, periodTo: month }, { page: 1, pageSize: 1 });
    const bill = page.items[0];
    if (bill) bills.set(billingAccountId, bill.id);
  }
  return bills;
}

/** Credit notes already issued for these tickets (under their credit references), by ticket id. */
async function postedCredits({ billing }: Pick<SlaDeps, "billing">, scope: Scope, ticketIds: string[]): Promise<Map<string, string>> {
  if (!ticketIds.length) return new Map();
  const byReference = new Map(ticketIds.map((id) => [creditReference(id), id]));
  const notes = await billing.listCreditNotes(scope, { references: [...byReference.keys()] });
  return new Map(
    notes.flatMap((n) => (n.reference && byReference.has(n.reference) ? [[byReference.get(n.reference)!, n.number] as const] : [])),
  );
}

export async function creditsOfMonth(deps: SlaDeps, scope: Scope, data: CustomerSlaData, month: string): Promise<CreditView[]> {
  const credits = figuresOf(data, month, deps.clock.now()).credits;
  const services = new Map(data.services.map((s) => [s.id, s]));
  const posted = await postedCredits(
    deps,
    scope,
    credits.map((c) => c.ticketId),
  );
  const bills = await billsOfMonth(
    deps,
    scope,
    credits.map((c) => services.get(c.serviceId)!.billingAccountId),
    month,
  );
  return credits.map((c) => {
    const service = services.get(c.serviceId)!;
    const note = posted.get(c.ticketId) ?? null;
    const status: CreditStatus = note
      ? "posted"
      : c.amountMinor === 0
        ? "none"
        : bills.has(service.billingAccountId)
          ? "pending"
          : "next_bill";
    return {
      ticketId: c.ticketId,
      ticketNumber: c.ticketNumber,
      service: serviceRef(service),
      breachedAt: c.breachedAt,
      amount: { amountMinor: c.amountMinor, currency: c.currency },
      capped: c.capped,
      status,
      creditNoteNumber: note,
    };
  });
}

export async function slaCredits(deps: SlaDeps, actor: CustomerActor, input: CreditsInput): Promise<CreditsView> {
  const month = reportMonth(input.month, deps.clock.now());
  const data = await slaClientData(deps, actor);
  const items = await creditsOfMonth(deps, scopeOf(actor), data, month);
  return { month, items, total: sumByCurrency(items.map((i) => i.amount)) };
}

export async function customerData({ sla }: Pick<SlaDeps, "sla">, customerId: string) {
  const scope: Scope = { customerId, serviceIds: null };
  const data = await sla.load(scope);
  if (!data) throw notFound("customer");
  return { scope, data };
}
