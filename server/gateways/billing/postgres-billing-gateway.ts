// The built-in billing system behind BillingGateway. Every read is filtered by the caller's Scope:
// the customer, and with serviceIds only what touches those services (accounts holding one of them;
// bill lines and usage of those services only). Outside the scope looks exactly like absent.
import type { Scope } from "~/server/auth/scope";
import type { Db } from "~/server/db/client";
import { Prisma } from "~/server/db/generated/client";
import type { Clock } from "~/server/lib/clock";
import { toPage, type PageInput } from "~/server/lib/pagination";
import type { BillFilters, BillingGateway, BillState, CustomerBill, CustomerBillDetail, UsageFilters } from "./billing-gateway";
import { billStatus } from "./ledger";
import { creditNotesOfBill, lineView } from "./ledger-reads";
import { toMeters } from "./meters";
import { postgresBillingOperations } from "./postgres-billing-operations";
import { cachedPreview } from "./preview-cache";
import { dayNumber, isoDate, type IsoDate, type UsageKind, type UsageZone } from "./rating";
import { accountInScope, inScope, UUID } from "./scope-sql";
import { changePlan, comparePlans } from "./plan-change";
import { cancelMove, nextPeriod, pendingMoves, previewMove } from "./service-move";
import { getStatement } from "./statement";

const day = (d: Date): IsoDate => d.toISOString().slice(0, 10);
const money = (amount: bigint | number, currency: string) => ({ amountMinor: Number(amount), currency });

type BillRow = {
  id: string;
  number: string;
  account_id: string;
  account_number: string;
  account_name: string;
  period: string;
  period_start: Date;
  period_end: Date;
  issue_date: Date;
  due_date: Date;
  currency: string;
  vat_bp: number;
  net: bigint;
  tax: bigint;
  total: bigint;
  due: bigint;
  total_count?: bigint;
};

function toBill(r: BillRow, today: IsoDate): CustomerBill {
  return {
    id: r.id,
    billNo: r.number,
    billingAccount: { id: r.account_id, number: r.account_number, name: r.account_name },
    period: r.period,
    billingPeriod: { startDate: day(r.period_start), endDate: isoDate(dayNumber(day(r.period_end)) - 1) },
    billDate: day(r.issue_date),
    paymentDueDate: day(r.due_date),
    taxExcludedAmount: money(r.net, r.currency),
    taxIncludedAmount: money(r.total, r.currency),
    taxItem: [{ taxRateBp: r.vat_bp, taxAmount: money(r.tax, r.currency) }],
    remainingAmount: money(r.due, r.currency),
    state: billStatus(r.total, r.due, day(r.due_date), today),
  };
}

export function createPostgresBillingGateway(db: Db, clock: Clock): BillingGateway {
  const today = () => day(clock.now());
  const visible = async (scope: Scope, billingAccountId: string) =>
    UUID.test(billingAccountId) &&
    (
      await db.$queryRaw<{ id: string }[]>`
    SELECT ba.id FROM "BillingAccount" ba WHERE ba.id = ${billingAccountId}::uuid AND ${accountInScope(scope)}`
    ).length > 0;

  const bills = (scope: Scope, where: Prisma.Sql, tail: Prisma.Sql) => db.$queryRaw<BillRow[]>`
    SELECT b.id, b.number, ba.id AS account_id, ba.number AS account_number, ba.name AS account_name, b.period,
           b."periodStart" AS period_start, b."periodEnd" AS period_end, b."issueDate" AS issue_date, b."dueDate" AS due_date,
           b.currency, b."vatRateBp" AS vat_bp, b."netMinor" AS net, b."taxMinor" AS tax, b."totalMinor" AS total, d.due,
           count(*) OVER () AS total_count
    FROM "Bill" b JOIN "BillingAccount" ba ON ba.id = b."billingAccountId"
    CROSS JOIN LATERAL (SELECT coalesce(sum(e."amountMinor"), 0)::bigint AS due FROM "LedgerEntry" e
                        WHERE e."billId" = b.id AND e.account = 'receivable') d
    WHERE ${accountInScope(scope)} AND ${where}
    ${tail}`;

  const gateway: BillingGateway = {
    ...postgresBillingOperations(db, clock),
    async listBillingAccounts(scope) {
      const rows = await db.$queryRaw<
        { id: string; number: string; name: string; currency: string; country: string; cycle: number; balance: bigint }[]
      >`
        SELECT ba.id, ba.number, ba.name, ba.currency, ba.country, ba."billCycleDay" AS cycle,
               (SELECT coalesce(sum(e."amountMinor"), 0) FROM "LedgerEntry" e WHERE e."billingAccountId" = ba.id AND e.account =
               'receivable')::bigint AS balance
        FROM "BillingAccount" ba WHERE ${accountInScope(scope)} ORDER BY ba.number`;
      return rows.map((r) => ({
        id: r.id,
        number: r.number,
        name: r.name,
        currency: r.currency,
        country: r.country,
        billCycleDay: r.cycle,
        balance: money(r.balance, r.currency),
      }));
    },

    async listBills(scope, filters: BillFilters, page: PageInput) {
      const state: BillState | null = filters.state ?? null;
      const where = Prisma.sql`(${filters.billingAccountId ?? null}::uuid IS NULL OR ba.id = ${filters.billingAccountId ?? null}::uuid)
        AND (${filters.periodFrom ?? null}::text IS NULL OR b.period >= ${filters.periodFrom ?? null})
        AND (${filters.periodTo ?? null}::text IS NULL OR b.period <= ${filters.periodTo ?? null})
        AND (${state}::text IS NULL OR ${state} = CASE WHEN d.due <= 0 THEN 'paid' WHEN ${today()}::date > b."dueDate" THEN 'overdue'
             WHEN d.due < b."totalMinor" THEN 'partially_paid' ELSE 'issued' END)`;
      const rows = await bills(
        scope,
        where,
        Prisma.sql`ORDER BY b.period DESC, ba.number LIMIT ${page.pageSize} OFFSET ${(page.page - 1) * page.pageSize}`,
      );
      // Past the last page no row carries the count: ask for it.
      const total = rows[0]?.total_count ?? (page.page > 1 ? (await bills(scope, where, Prisma.sql`LIMIT 1`))[0]?.total_count : 0);
      return toPage(
        rows.map((r) => toBill(r, today())),
        Number(total ?? 0),
        page,
      );
    },

    async getBill(scope, billId) {
      if (!UUID.test(billId)) return null;
      const [row] = await bills(scope, Prisma.sql`b.id = ${billId}::uuid`, Prisma.empty);
      if (!row) return null;
      const only = scope.serviceIds;
      const [lines, rated, creditNotes] = await Promise.all([
        db.billLine.findMany({ where: { billId, ...(only ? { serviceId: { in: only } } : {}) }, orderBy: { id: "asc" } }),
        db.ratedUsage.findMany({
          where: { billId, ...(only ? { serviceId: { in: only } } : {}) },
          orderBy: [{ serviceId: "asc" }, { segmentStart: "asc" }, { kind: "asc" }, { zone: "asc" }],
        }),
        creditNotesOfBill(db, billId),
      ]);
      const serviceIds = [...new Set(lines.flatMap((l) => (l.serviceId ? [l.serviceId] : [])))];
      const services = new Map(
        (
          await db.service.findMany({ where: { id: { in: serviceIds } }, select: { id: true, kind: true, identifier: true, label: true } })
        ).map((s) => [s.id, s]),
      );
      const c = row.currency;
      const detail: CustomerBillDetail = {
        ...toBill(row, today()),
        lines: lines.map((l) => lineView(l, c, l.serviceId ? (services.get(l.serviceId) ?? null) : null)),
        ratedUsage: rated.map((r) => ({
          serviceId: r.serviceId,
          kind: r.kind,
          zone: r.zone,
          segmentStart: day(r.segmentStart),
          cdrCount: r.cdrCount,
          allowance: r.allowance === null ? null : Number(r.allowance),
          quantity: Number(r.quantity),
          includedQuantity: Number(r.includedQuantity),
          chargedQuantity: Number(r.chargedQuantity),
          amount: money(r.amountMinor, c),
        })),
        creditNotes,
        partial: only !== null,
      };
      return detail;
    },

    async previewBill(scope, billingAccountId, period) {
      if (!(await visible(scope, billingAccountId))) return null;
      return cachedPreview(db, { billingAccountId, period, issueDate: today(), serviceIds: scope.serviceIds });
    },

    async getUsageSummary(scope, billingAccountId, period) {
      if (!(await visible(scope, billingAccountId))) return null;
      const bill = await db.bill.findUnique({ where: { billingAccountId_period: { billingAccountId, period } }, select: { id: true } });
      const usage = bill
        ? ((await gateway.getBill(scope, bill.id))?.ratedUsage ?? [])
        : ((await cachedPreview(db, { billingAccountId, period, issueDate: today(), serviceIds: scope.serviceIds }))?.usage ?? []);
      return { billingAccountId, period, billed: bill !== null, meters: toMeters(usage) };
    },

    async listUsage(scope, filters: UsageFilters, page) {
      type Row = {
        id: bigint;
        service_id: string;
        kind: UsageKind;
        zone: UsageZone;
        started_at: Date;
        quantity: bigint;
        destination: string | null;
        total_count: bigint;
      };
      const usage = (offset: number) => db.$queryRaw<Row[]>`
        SELECT u.id, u."serviceId" AS service_id, u.kind, u.zone, u."startedAt" AS started_at, u.quantity, u.destination,
               count(*) OVER () AS total_count
        FROM "UsageRecord" u JOIN "Service" s ON s.id = u."serviceId"
        WHERE s."customerId" = ${scope.customerId}::uuid AND (${scope.serviceIds}::uuid[] IS NULL OR s.id =
        ANY(${scope.serviceIds}::uuid[]))
          AND (${filters.serviceId ?? null}::uuid IS NULL OR u."serviceId" = ${filters.serviceId ?? null}::uuid)
          AND (${filters.kind ?? null}::text IS NULL OR u.kind::text = ${filters.kind ?? null})
          AND (${filters.zone ?? null}::text IS NULL OR u.zone::text = ${filters.zone ?? null})
          AND (${filters.from ?? null}::timestamp IS NULL OR u."startedAt" >= ${filters.from ?? null}::timestamp)
          AND (${filters.to ?? null}::timestamp IS NULL OR u."startedAt" < ${filters.to ?? null}::timestamp)
        ORDER BY u."startedAt" DESC, u.id DESC LIMIT ${page.pageSize} OFFSET ${offset}`;
      const rows = await usage((page.page - 1) * page.pageSize);
      const total = rows[0]?.total_count ?? (page.page > 1 ? (await usage(0))[0]?.total_count : 0);
      return toPage(
        rows.map((r) => ({
          id: r.id.toString(),
          serviceId: r.service_id,
          kind: r.kind,
          zone: r.zone,
          startedAt: r.started_at,
          quantity: Number(r.quantity),
          destination: r.destination,
        })),
        Number(total ?? 0),
        page,
      );
    },

    async previewMove(scope, serviceId, toBillingAccountId) {
      const period = today().slice(0, 7);
      const request = { customerId: scope.customerId, serviceId: inScope(scope, serviceId), toBillingAccountId };
      return { period, effectivePeriod: nextPeriod(period), ...(await previewMove(db, { ...request, period, today: today() })) };
    },
    pendingMoves: (scope) => pendingMoves(db, scope.customerId, scope.serviceIds),
    cancelMove: (scope, moveId) => cancelMove(db, scope.customerId, moveId, clock.now()),

    comparePlans: (scope, serviceId, asOf) => comparePlans(db, scope, serviceId, asOf),
    changePlan: ({ idempotencyKey: _key, ...input }) => changePlan(db, input),

    getStatement: (scope, billingAccountId, from, to) => getStatement(db, scope, billingAccountId, from, to),
  };
  return gateway;
}
