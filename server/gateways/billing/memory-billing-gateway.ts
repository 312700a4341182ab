// The billing system in memory, for use cases' unit tests and the contract suite: accounts, services
// and issued bills as given, credit notes, payments and moves as commanded, same scope rules and
// idempotency as the built-in system. Bills waiting in `drafts` are issued by runBillRun (with their event).
import { randomUUID } from "node:crypto";
import type { Scope } from "~/server/auth/scope";
import { nextPeriod, type IsoDate } from "~/server/domain/billing/vocabulary";
import type { EventOutbox } from "~/server/gateways/events";
import { fixedClock, type Clock } from "~/server/lib/clock";
import { conflict, invalid, notFound } from "~/server/lib/errors";
import { toPage } from "~/server/lib/pagination";
import { variableSymbolOf } from "~/server/lib/spayd";
import type { BillingEvent } from "./billing-events";
import type { BillingGateway, PlanComparison } from "./billing-gateway";
import type {
  BillPreview,
  BillRunResult,
  CustomerBill,
  OverdueBill,
  ScheduledMove,
  ServiceSuspensionView,
  UsageLevels,
  UsageRecordView,
} from "./billing-views";
import { memorySuspensions } from "./memory-service-suspension";
import { emptyPreview, memoryLedger, type MemoryAccount, type MemoryBill, type MemoryService } from "./memory-billing-ledger";
import { toMeters } from "./meters";

export type { MemoryAccount, MemoryBill, MemoryService } from "./memory-billing-ledger";

export type MemoryBillingWorld = {
  accounts?: MemoryAccount[];
  services?: MemoryService[];
  bills?: MemoryBill[];
  drafts?: MemoryBill[];
  customerNames?: Record<string, string>;
  previews?: BillPreview[];
  usage?: UsageRecordView[];
  levels?: UsageLevels;
  /** Plan comparisons as the billing system would price them, by service. */
  comparisons?: PlanComparison[];
  clock?: Clock;
};

export type PlanChange = { serviceId: string; planId: string; from: IsoDate };

export type MemoryBilling = BillingGateway & {
  feed: EventOutbox<BillingEvent>;
  moves: (ScheduledMove & { cancelled: boolean })[];
  planChanges: PlanChange[];
  suspensions: ServiceSuspensionView[];
};

export function memoryBilling(world: MemoryBillingWorld = {}): MemoryBilling {
  const clock = world.clock ?? fixedClock("2026-11-23T10:00:00Z");
  const today = (): IsoDate => clock.now().toISOString().slice(0, 10);
  const accounts = new Map((world.accounts ?? []).map((a) => [a.id, a]));
  const services = new Map((world.services ?? []).map((s) => [s.id, s]));
  const bills = [...(world.bills ?? [])];
  const drafts = [...(world.drafts ?? [])];
  const ledger = memoryLedger(accounts, bills, () => clock.now());
  const owedOn = (b: MemoryBill): OverdueBill => ({
    id: b.id,
    billNo: b.billNo,
    billingAccountId: b.billingAccountId,
    customerId: accounts.get(b.billingAccountId)!.customerId,
    paymentDueDate: b.paymentDueDate,
    remainingAmount: money(ledger.remaining(b), b),
  });
  const events: (BillingEvent & { queued: boolean })[] = [];
  const moves: MemoryBilling["moves"] = [];
  const planChanges: PlanChange[] = [];
  const commands = new Map<string, unknown>();
  const once = async <T>(key: string, run: () => T | Promise<T>): Promise<T> => {
    if (!commands.has(key)) commands.set(key, structuredClone(await run()));
    return structuredClone(commands.get(key) as T);
  };

  const sees = (scope: Scope, serviceId: string | null | undefined) =>
    scope.serviceIds === null || (!!serviceId && scope.serviceIds.includes(serviceId));
  const visible = (scope: Scope, accountId: string) => {
    const a = accounts.get(accountId);
    return (
      !!a &&
      a.customerId === scope.customerId &&
      (scope.serviceIds === null || [...services.values()].some((s) => s.billingAccountId === a.id && sees(scope, s.id)))
    );
  };
  const money = (amountMinor: number, b: MemoryBill) => ({ amountMinor, currency: accounts.get(b.billingAccountId)!.currency });
  const summary = (b: MemoryBill): CustomerBill => {
    const a = accounts.get(b.billingAccountId)!;
    const t = ledger.totals(b);
    return {
      id: b.id,
      billNo: b.billNo,
      billingAccount: { id: a.id, number: a.number, name: a.name },
      period: b.period,
      billingPeriod: b.billingPeriod,
      billDate: b.billDate,
      paymentDueDate: b.paymentDueDate,
      taxExcludedAmount: money(t.net, b),
      taxIncludedAmount: money(t.total, b),
      taxItem: [{ taxRateBp: b.vatRateBp, taxAmount: money(t.tax, b) }],
      remainingAmount: money(ledger.remaining(b), b),
      state: ledger.state(b, today()),
    };
  };
  const billOf = (accountId: string, period: string) => bills.find((b) => b.billingAccountId === accountId && b.period === period);
  const preview = (scope: Scope, accountId: string, period: string): BillPreview | null => {
    if (!visible(scope, accountId) || billOf(accountId, period)) return null;
    const p =
      world.previews?.find((x) => x.billingAccountId === accountId && x.period === period) ??
      emptyPreview(accountId, period, accounts.get(accountId)!.currency, accounts.get(accountId)!.billCycleDay);
    if (scope.serviceIds === null) return p;
    return {
      ...p,
      lines: p.lines.filter((l) => sees(scope, l.service?.id)),
      usage: p.usage.filter((u) => sees(scope, u.serviceId)),
      partial: true,
    };
  };
  /** The service and both accounts of the scope's customer, as the built-in system checks a move. */
  const checkMove = (scope: Scope, serviceId: string, toId: string) => {
    const service = services.get(serviceId);
    if (!service || service.customerId !== scope.customerId || !sees(scope, serviceId)) throw notFound("service");
    const to = accounts.get(toId);
    if (!to || to.customerId !== scope.customerId) throw notFound("billing account");
    if (service.billingAccountId === to.id) throw invalid("toBillingAccountId", "the service is already billed to this account");
    if (accounts.get(service.billingAccountId)!.currency !== to.currency)
      throw invalid("toBillingAccountId", "the accounts are billed in different currencies");
    return { service, to };
  };

  const suspensions = memorySuspensions({ accounts, services, events, clock, once, sees });

  return {
    moves,
    planChanges,
    suspensions: suspensions.rows,
    listSuspensions: suspensions.list,
    suspendedAccounts: suspensions.accounts,
    suspendServices: suspensions.suspend,
    restoreServices: suspensions.restore,
    async comparePlans(scope, serviceId) {
      const s = services.get(serviceId);
      if (!s || s.customerId !== scope.customerId || !sees(scope, serviceId)) return null;
      return structuredClone((world.comparisons ?? []).find((c) => c.serviceId === serviceId) ?? null);
    },
    changePlan: ({ idempotencyKey, ...change }) =>
      once(idempotencyKey, () => {
        if (!services.has(change.serviceId)) throw notFound("service");
        planChanges.push(change);
        return change;
      }),
    feed: {
      async relay(send, limit = 100) {
        const pending = events.filter((e) => !e.queued).slice(0, limit);
        if (pending.length === 0) return 0;
        const sent = new Set(await send(pending.map(({ queued: _queued, ...e }) => e)));
        for (const e of pending) if (sent.has(e.eventId)) e.queued = true;
        return sent.size;
      },
    },

    listBillingAccounts: async (scope) =>
      [...accounts.values()]
        .filter((a) => visible(scope, a.id))
        .sort((a, b) => a.number.localeCompare(b.number))
        .map((a) => ({ ...a, balance: { amountMinor: ledger.balance(a.id), currency: a.currency } })),
    async listBills(scope, f, page) {
      const rows = bills
        .map(summary)
        .filter(
          (b) =>
            visible(scope, b.billingAccount.id) &&
            (!f.billingAccountId || b.billingAccount.id === f.billingAccountId) &&
            (!f.state || b.state === f.state) &&
            (!f.periodFrom || b.period >= f.periodFrom) &&
            (!f.periodTo || b.period <= f.periodTo),
        )
        .sort((a, b) => b.period.localeCompare(a.period) || a.billingAccount.number.localeCompare(b.billingAccount.number));
      return toPage(rows.slice((page.page - 1) * page.pageSize, page.page * page.pageSize), rows.length, page);
    },
    async getBill(scope, billId) {
      const b = bills.find((x) => x.id === billId);
      if (!b || !visible(scope, b.billingAccountId)) return null;
      return {
        ...summary(b),
        lines: b.lines.filter((l) => sees(scope, l.service?.id)),
        ratedUsage: b.ratedUsage.filter((r) => sees(scope, r.serviceId)),
        creditNotes: ledger.notes.filter((n) => n.billId === b.id).map(({ netMinor: _net, ...n }) => n),
        partial: scope.serviceIds !== null,
      };
    },
    previewBill: async (scope, accountId, period) => preview(scope, accountId, period),
    async getUsageSummary(scope, accountId, period) {
      if (!visible(scope, accountId)) return null;
      const bill = billOf(accountId, period);
      const usage = bill ? bill.ratedUsage.filter((r) => sees(scope, r.serviceId)) : (preview(scope, accountId, period)?.usage ?? []);
      return { billingAccountId: accountId, period, billed: !!bill, meters: toMeters(usage) };
    },
    async listUsage(scope, f, page) {
      const rows = (world.usage ?? [])
        .filter(
          (u) =>
            services.get(u.serviceId)?.customerId === scope.customerId &&
            sees(scope, u.serviceId) &&
            (!f.serviceId || u.serviceId === f.serviceId) &&
            (!f.kind || u.kind === f.kind) &&
            (!f.zone || u.zone === f.zone) &&
            (!f.from || u.startedAt >= f.from) &&
            (!f.to || u.startedAt < f.to),
        )
        .sort((a, b) => b.startedAt.getTime() - a.startedAt.getTime());
      return toPage(rows.slice((page.page - 1) * page.pageSize, page.page * page.pageSize), rows.length, page);
    },
    async getStatement(scope, accountId, from, to) {
      const a = accounts.get(accountId);
      return a && visible(scope, accountId) ? ledger.statement(a, world.customerNames?.[a.customerId] ?? "", from, to) : null;
    },
    listCreditNotes: async (scope, f) =>
      ledger.notes
        .filter((n) => {
          const b = bills.find((x) => x.id === n.billId)!;
          return visible(scope, b.billingAccountId) && (!f.period || b.period === f.period);
        })
        .filter((n) => !f.references || (n.reference !== null && f.references.includes(n.reference)))
        .map(({ netMinor: _net, ...n }) => n),
    findBillLines: async (ids) => bills.flatMap((b) => b.lines.filter((l) => ids.includes(l.id)).map((l) => ({ ...l, billId: b.id }))),
    findCreditNotes: async (ids) => ledger.notes.filter((n) => ids.includes(n.id)).map(({ netMinor: _net, ...n }) => n),
    listOverdueBills: async ({ asOf, billingAccountIds }) =>
      bills
        .filter(
          (b) =>
            b.paymentDueDate < asOf && ledger.remaining(b) > 0 && (!billingAccountIds || billingAccountIds.includes(b.billingAccountId)),
        )
        .sort((a, b) => a.paymentDueDate.localeCompare(b.paymentDueDate) || a.id.localeCompare(b.id))
        .map(owedOn),
    findBillsByVariableSymbol: async (symbols) =>
      bills.filter((b) => symbols.some((s) => /^\d{1,10}$/.test(s) && Number(s) === Number(variableSymbolOf(b.billNo)))).map(owedOn),
    findBillingAccounts: async ({ numberContains, take }) =>
      [...accounts.values()]
        .filter((a) => a.number.toLowerCase().includes(numberContains.toLowerCase()))
        .slice(0, take)
        .map(({ id, number, name, customerId }) => ({ id, number, name, customerId })),
    getUsageLevels: async () => world.levels ?? { levels: [], roaming: [] },

    issueCreditNote: async (input) => ledger.issueCreditNote(input),
    postPayment: async (input) => ledger.postPayment(input),
    postRefund: async (input) => ledger.postRefund(input),
    async previewMove(scope, serviceId, toId) {
      const { service, to } = checkMove(scope, serviceId, toId);
      const period = today().slice(0, 7);
      const whole = { customerId: scope.customerId, serviceIds: null };
      return {
        period,
        effectivePeriod: nextPeriod(period),
        from: preview(whole, service.billingAccountId, period),
        to: preview(whole, to.id, period),
      };
    },
    scheduleMove: (scope, { serviceId, toBillingAccountId, idempotencyKey }) =>
      once(`move:${scope.customerId}:${idempotencyKey}`, () => {
        const { service, to } = checkMove(scope, serviceId, toBillingAccountId);
        if (moves.some((m) => m.serviceId === service.id && !m.cancelled)) throw conflict("a move of this service is already scheduled");
        const move = {
          id: randomUUID(),
          serviceId,
          fromBillingAccountId: service.billingAccountId,
          toBillingAccountId: to.id,
          effectivePeriod: nextPeriod(today().slice(0, 7)),
        };
        moves.push({ ...move, cancelled: false });
        return move;
      }),
    pendingMoves: async (scope) =>
      moves
        .filter((m) => !m.cancelled && accounts.get(m.fromBillingAccountId)?.customerId === scope.customerId && sees(scope, m.serviceId))
        .map(({ cancelled: _c, ...m }) => m),
    async cancelMove(scope, moveId) {
      const move = moves.find((m) => m.id === moveId);
      if (!move || services.get(move.serviceId)?.customerId !== scope.customerId) throw notFound("move");
      if (move.cancelled) throw conflict("the move has already taken effect or was cancelled");
      move.cancelled = true;
    },
    runBillRun: ({ period, billingAccountIds, idempotencyKey }) =>
      once(`bill-run:${idempotencyKey}`, () => {
        const due = drafts.filter(
          (d) =>
            (!period || d.period === period) &&
            (!billingAccountIds || billingAccountIds.includes(d.billingAccountId)) &&
            !billOf(d.billingAccountId, d.period),
        );
        const runs = new Map<string, BillRunResult>();
        for (const d of due) {
          drafts.splice(drafts.indexOf(d), 1);
          bills.push(d);
          const run = runs.get(d.period) ?? {
            runId: randomUUID(),
            period: d.period,
            bills: 0,
            lines: 0,
            cdrs: 0,
            unratedCdrs: 0,
            accountsSkipped: 0,
          };
          runs.set(d.period, { ...run, bills: run.bills + 1, lines: run.lines + d.lines.length });
          const s = summary(d);
          events.push({
            eventId: randomUUID(),
            eventType: "CustomerBillCreateEvent",
            eventTime: clock.now().toISOString(),
            queued: false,
            event: {
              customerBill: {
                id: s.id,
                billNo: s.billNo,
                period: s.period,
                billDate: s.billDate,
                paymentDueDate: s.paymentDueDate,
                billingAccount: s.billingAccount,
                relatedParty: [{ id: accounts.get(d.billingAccountId)!.customerId, role: "customer" }],
                taxIncludedAmount: s.taxIncludedAmount,
              },
            },
          });
        }
        return [...runs.values()];
      }),
  };
}
