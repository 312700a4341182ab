// Usage as a customer sees it: allowance meters, unbilled charges and a forecast of the next bill,
// itemised records and a year of history, all read through the billing gateway in the caller's scope.
import { canSeeBills, type CustomerActor } from "~/server/auth/principal";
import { scopeOf, type Scope } from "~/server/auth/scope";
import type { BillingAccountView, BillingGateway, RatedUsageView, UsageMeter } from "~/server/gateways/billing/billing-gateway";
import type { Clock } from "~/server/lib/clock";
import { invalid, notFound } from "~/server/lib/errors";
import { toPage } from "~/server/lib/pagination";
import { forecastBill } from "./bill-forecast";
import { currentPeriod, periodSpan } from "./current-period";
import type { UsageServices } from "./usage.repository";
import type {
  ListRecordsInput,
  MeterView,
  UsageKind,
  UsageHistoryInput,
  UsageHistoryView,
  UsageSummaryInput,
  UsageSummaryView,
} from "./usage.schemas";

export type UsageDeps = { billing: BillingGateway; clock: Clock; services: UsageServices };

/** The scope's account (default: its first), or NOT_FOUND; null when the scope holds none. */
async function pickAccount(billing: BillingGateway, scope: Scope, billingAccountId?: string) {
  const accounts = await billing.listBillingAccounts(scope);
  if (billingAccountId === undefined) return { accounts, account: accounts[0] ?? null };
  const account = accounts.find((a) => a.id === billingAccountId);
  if (!account) throw notFound("billing account");
  return { accounts, account };
}

const accountRef = (a: BillingAccountView) => ({ id: a.id, number: a.number, name: a.name });

/** One rated group (a zone row or a whole meter) of a service's usage of one kind in one plan period. */
type MeterRow = {
  serviceId: string;
  kind: UsageKind;
  segmentStart: string;
  allowance: number | null;
  included: number;
  charged: number;
  amountMinor: number;
};

/** A kind's rows over the service's plan periods: the latest plan period's allowance is the one being used up. */
export function toMeterView(rows: MeterRow[], currency: string): MeterView {
  const latestStart = rows.reduce((a, r) => (r.segmentStart > a ? r.segmentStart : a), rows[0]!.segmentStart);
  const latest = rows.filter((r) => r.segmentStart === latestStart);
  const allowance = latest[0]!.allowance;
  const used = latest.reduce((s, r) => s + r.included, 0);
  return {
    kind: latest[0]!.kind,
    allowance,
    used,
    unlimited: allowance === null,
    remaining: allowance === null ? null : Math.max(0, allowance - used),
    percent: allowance === null ? null : allowance === 0 ? 0 : Math.min(100, Math.floor((used * 100) / allowance)),
    charged: rows.reduce((s, r) => s + r.charged, 0),
    charges: { amountMinor: rows.reduce((s, r) => s + r.amountMinor, 0), currency },
  };
}

const fromMeter = (m: UsageMeter): MeterRow => ({
  serviceId: m.serviceId,
  kind: m.kind,
  segmentStart: m.segmentStart,
  allowance: m.allowance,
  included: m.includedQuantity,
  charged: m.chargedQuantity,
  amountMinor: m.charges.amountMinor,
});
const fromRated = (r: RatedUsageView): MeterRow => ({
  serviceId: r.serviceId,
  kind: r.kind,
  segmentStart: r.segmentStart,
  allowance: r.allowance,
  included: r.includedQuantity,
  charged: r.chargedQuantity,
  amountMinor: r.amount.amountMinor,
});

const kindOrder = { voice: 0, sms: 1, data: 2 } as const;

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) groups.set(key(item), [...(groups.get(key(item)) ?? []), item]);
  return groups;
}

export async function usageSummary(
  { billing, services: portal, clock }: UsageDeps,
  actor: CustomerActor,
  input: UsageSummaryInput,
): Promise<UsageSummaryView> {
  const scope = scopeOf(actor);
  const { accounts, account } = await pickAccount(billing, scope, input.billingAccountId);
  const empty = { accounts: accounts.map(accountRef), billed: false, services: [], totals: null, forecast: null };
  if (!account) return { ...empty, billingAccountId: null, period: null, billingPeriod: null, currency: null };
  const now = clock.now();
  const current = currentPeriod(now, account.billCycleDay);
  const period = input.period ?? current;
  if (period > current) throw invalid("period", "the period has not started yet");
  // An unbilled period's preview carries its meters too; only a billed one needs the usage summary.
  const [preview, services] = await Promise.all([
    billing.previewBill(scope, account.id, period),
    portal.inScope(scope, { billingAccountId: account.id }),
  ]);
  const summary = preview ? null : await billing.getUsageSummary(scope, account.id, period);
  if (!preview && !summary) throw notFound("billing account");
  const rows = preview ? preview.usage.map(fromRated) : (summary?.meters ?? []).map(fromMeter);
  const span = periodSpan(period, account.billCycleDay);
  const currency = account.currency;
  const byService = groupBy(rows, (r) => r.serviceId);
  const wholeAccount = canSeeBills(actor) && preview !== null && !preview.partial;
  return {
    ...empty,
    billingAccountId: account.id,
    period,
    currency,
    billed: preview === null,
    billingPeriod: preview?.billingPeriod ?? {
      startDate: span.start,
      endDate: new Date(Date.parse(`${span.end}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10),
    },
    services: services.map((s) => {
      const meters = [...groupBy(byService.get(s.id) ?? [], (r) => r.kind).values()]
        .map((kindRows) => toMeterView(kindRows, currency))
        .sort((a, b) => kindOrder[a.kind] - kindOrder[b.kind]);
      const usageLines = preview?.lines.filter((l) => l.kind === "usage" && l.service?.id === s.id) ?? [];
      return {
        id: s.id,
        kind: s.kind,
        identifier: s.identifier,
        label: s.label,
        meters,
        unbilledCharges: preview ? { amountMinor: usageLines.reduce((sum, l) => sum + l.amount.amountMinor, 0), currency } : null,
      };
    }),
    totals: wholeAccount ? { taxExcludedAmount: preview.taxExcludedAmount, taxIncludedAmount: preview.taxIncludedAmount } : null,
    forecast: wholeAccount
      ? forecastBill({
          lines: preview.lines.map((l) => ({ kind: l.kind, amountMinor: l.amount.amountMinor, quantity: l.quantity })),
          periodStart: preview.billingPeriod.startDate,
          periodDays: span.days,
          today: now.toISOString().slice(0, 10),
          currency,
        })
      : null,
  };
}

/** From the start of `from` to the end of `to` (UTC days). */
const dayStart = (d: string) => new Date(`${d}T00:00:00Z`);
const dayAfter = (d: string) => new Date(Date.parse(`${d}T00:00:00Z`) + 86_400_000);

export async function listRecords(
  { billing, services: portal }: Pick<UsageDeps, "billing" | "services">,
  actor: CustomerActor,
  input: ListRecordsInput,
) {
  const scope = scopeOf(actor);
  const { page, pageSize, serviceId, kind, zone, from, to } = input;
  if (serviceId && (await portal.inScope(scope, { ids: [serviceId] })).length === 0) throw notFound("service");
  const result = await billing.listUsage(
    scope,
    { serviceId, kind, zone, from: from ? dayStart(from) : undefined, to: to ? dayAfter(to) : undefined },
    { page, pageSize },
  );
  const services = new Map(
    (await portal.inScope(scope, { ids: [...new Set(result.items.map((r) => r.serviceId))] })).map((s) => [s.id, s]),
  );
  const items = result.items.flatMap((r) => {
    const s = services.get(r.serviceId);
    if (!s) return [];
    return [
      {
        id: r.id,
        startedAt: r.startedAt,
        kind: r.kind,
        zone: r.zone,
        destination: r.destination,
        quantity: r.quantity,
        service: { id: s.id, kind: s.kind, identifier: s.identifier, label: s.label },
      },
    ];
  });
  return toPage(items, result.total, { page, pageSize });
}

export async function usageHistory(
  { billing }: Pick<UsageDeps, "billing">,
  actor: CustomerActor,
  input: UsageHistoryInput,
): Promise<UsageHistoryView> {
  const scope = scopeOf(actor);
  const { account } = await pickAccount(billing, scope, input.billingAccountId);
  if (!account) return { billingAccountId: null, currency: null, months: [] };
  const bills = await billing.listBills(scope, { billingAccountId: account.id }, { page: 1, pageSize: input.months });
  const details = await Promise.all(bills.items.map((b) => billing.getBill(scope, b.id)));
  const months = details.flatMap((bill) => {
    if (!bill) return [];
    const sumLines = (keep: (kind: string) => boolean) =>
      bill.lines.filter((l) => keep(l.kind)).reduce((s, l) => s + l.amount.amountMinor, 0);
    const volume = (kind: string) => bill.ratedUsage.filter((r) => r.kind === kind).reduce((s, r) => s + r.quantity, 0);
    return [
      {
        period: bill.period,
        usageCharges: sumLines((k) => k === "usage"),
        partial: bill.partial,
        // A scope of some services must never see the account's total: their own lines, without VAT.
        total: bill.partial ? sumLines((k) => k !== "tax") : bill.taxIncludedAmount.amountMinor,
        volumes: { voice: volume("voice"), sms: volume("sms"), data: volume("data") },
      },
    ];
  });
  return { billingAccountId: account.id, currency: account.currency, months: months.reverse() };
}
