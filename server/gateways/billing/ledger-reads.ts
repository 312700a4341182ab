// Reads of the billing system across its bills and ledger that are not one customer's screen:
// credit notes by reference, bill lines by id, overdue bills for dunning.
import type { Scope } from "~/server/auth/scope";
import type { Db } from "~/server/db/client";
import { Prisma } from "~/server/db/generated/client";
import type { IsoDate } from "~/server/domain/billing/vocabulary";
import type { CreditNoteFilters } from "./billing-gateway";
import type { BillLineRef, CreditNoteView, OverdueBill } from "./billing-views";
import { refreshBillStatuses } from "./ledger";
import { accountInScope, UUID } from "./scope-sql";

const day = (d: Date): IsoDate => d.toISOString().slice(0, 10);
const money = (amount: bigint | number, currency: string) => ({ amountMinor: Number(amount), currency });
const uuids = (ids: string[]) => ids.filter((id) => UUID.test(id));

type NoteRow = {
  id: string;
  number: string;
  bill_id: string;
  reason: string;
  issued_at: Date;
  total: bigint;
  currency: string;
  reference: string | null;
};

/** Credit notes matching `where` (over cn, b, ba); the reference is the posting's key without its `credit_note:` prefix. */
const notes = async (db: Db, where: Prisma.Sql): Promise<CreditNoteView[]> =>
  (
    await db.$queryRaw<NoteRow[]>`
    SELECT cn.id, cn.number, cn."billId" AS bill_id, cn.reason, cn."issuedAt" AS issued_at, cn."totalMinor" AS total, b.currency,
           substr(p."idempotencyKey", length('credit_note:') + 1) AS reference
    FROM "CreditNote" cn JOIN "Bill" b ON b.id = cn."billId" JOIN "BillingAccount" ba ON ba.id = cn."billingAccountId"
    LEFT JOIN "LedgerPosting" p ON p."creditNoteId" = cn.id AND p.kind = 'credit_note'
    WHERE ${where} ORDER BY cn."issuedAt", cn.number`
  ).map((r) => ({
    id: r.id,
    number: r.number,
    billId: r.bill_id,
    reason: r.reason,
    issuedAt: r.issued_at,
    taxIncludedAmount: money(r.total, r.currency),
    reference: r.reference,
  }));

export function listCreditNotes(db: Db, scope: Scope, f: CreditNoteFilters): Promise<CreditNoteView[]> {
  const keys = f.references?.map((r) => `credit_note:${r}`) ?? null;
  return notes(
    db,
    Prisma.sql`${accountInScope(scope)}
    AND (${keys}::text[] IS NULL OR p."idempotencyKey" = ANY(${keys}::text[]))
    AND (${f.period ?? null}::text IS NULL OR b.period = ${f.period ?? null})`,
  );
}

export const creditNotesOfBill = (db: Db, billId: string) => notes(db, Prisma.sql`cn."billId" = ${billId}::uuid`);
export const findCreditNotes = (db: Db, ids: string[]) => notes(db, Prisma.sql`cn.id = ANY(${uuids(ids)}::uuid[])`);

export async function findBillLines(db: Db, lineIds: string[]): Promise<BillLineRef[]> {
  const ids = lineIds.filter((id) => /^\d{1,18}$/.test(id)).map(BigInt);
  if (ids.length === 0) return [];
  const lines = await db.billLine.findMany({ where: { id: { in: ids } }, orderBy: { id: "asc" } });
  const [bills, services] = await Promise.all([
    db.bill.findMany({ where: { id: { in: [...new Set(lines.map((l) => l.billId))] } }, select: { id: true, currency: true } }),
    db.service.findMany({
      where: { id: { in: lines.flatMap((l) => (l.serviceId ? [l.serviceId] : [])) } },
      select: { id: true, kind: true, identifier: true, label: true },
    }),
  ]);
  const currency = new Map(bills.map((b) => [b.id, b.currency]));
  const service = new Map(services.map((s) => [s.id, s]));
  return lines.map((l) => ({
    billId: l.billId,
    ...lineView(l, currency.get(l.billId) ?? "", l.serviceId ? (service.get(l.serviceId) ?? null) : null),
  }));
}

type LineRow = {
  id: bigint;
  kind: BillLineRef["kind"];
  costCentreId: string | null;
  usageKind: BillLineRef["usageKind"];
  zone: BillLineRef["zone"];
  description: string;
  quantity: bigint | null;
  startDate: Date | null;
  endDate: Date | null;
  amountMinor: bigint;
};

export const lineView = (l: LineRow, currency: string, service: BillLineRef["service"]): Omit<BillLineRef, "billId"> => ({
  id: l.id.toString(),
  kind: l.kind,
  service,
  costCentreId: l.costCentreId,
  usageKind: l.usageKind,
  zone: l.zone,
  description: l.description,
  quantity: l.quantity === null ? null : Number(l.quantity),
  startDate: l.startDate ? day(l.startDate) : null,
  endDate: l.endDate ? day(l.endDate) : null,
  amount: money(l.amountMinor, currency),
});

/** Bills due before `asOf` with a positive amount due; stored statuses are brought in line first. */
export async function listOverdueBills(db: Db, input: { asOf: IsoDate; billingAccountIds?: string[] }): Promise<OverdueBill[]> {
  await refreshBillStatuses(db, input.asOf);
  const ids = input.billingAccountIds ?? null;
  return billsOwed(
    db,
    Prisma.sql`b."dueDate" < ${input.asOf}::date AND d.due > 0 AND (${ids}::uuid[] IS NULL OR ba.id = ANY(${ids}::uuid[]))`,
  );
}

/** Bills meeting `where` (over b = Bill, ba = its account, d.due = what is left to pay), oldest due date first. */
export async function billsOwed(db: Db, where: Prisma.Sql): Promise<OverdueBill[]> {
  const rows = await db.$queryRaw<
    { id: string; number: string; account_id: string; customer_id: string; due_date: Date; currency: string; due: bigint }[]
  >`
    SELECT b.id, b.number, ba.id AS account_id, ba."customerId" AS customer_id, b."dueDate" AS due_date, b.currency, d.due
    FROM "Bill" b JOIN "BillingAccount" ba ON ba.id = b."billingAccountId"
    CROSS JOIN LATERAL (SELECT coalesce(sum(e."amountMinor"), 0)::bigint AS due FROM "LedgerEntry" e
                        WHERE e."billId" = b.id AND e.account = 'receivable') d
    WHERE ${where}
    ORDER BY b."dueDate", b.id`;
  return rows.map((r) => ({
    id: r.id,
    billNo: r.number,
    billingAccountId: r.account_id,
    customerId: r.customer_id,
    paymentDueDate: day(r.due_date),
    remainingAmount: money(r.due, r.currency),
  }));
}
