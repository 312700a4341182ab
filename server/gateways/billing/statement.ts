// Account statement from the double-entry ledger: the receivable entries of an account are what the
// customer owes (bills +, payments and credit notes −, refunds +), so a statement is their running sum.
import type { Scope } from "~/server/auth/scope";
import type { Db } from "~/server/db/client";
import { Prisma } from "~/server/db/generated/client";
import type { AccountStatement, Money, StatementEntryKind } from "./billing-views";
import type { IsoDate } from "./rating";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

type EntryRow = { kind: StatementEntryKind; day: Date; reference: string; bill_no: string | null; amount: bigint; balance: bigint };

/** null when the account is absent or outside the scope. */
export async function getStatement(
  db: Db,
  scope: Scope,
  billingAccountId: string,
  from: IsoDate,
  to: IsoDate,
): Promise<AccountStatement | null> {
  if (!UUID.test(billingAccountId)) return null;
  const [account] = await db.$queryRaw<{ id: string; number: string; name: string; currency: string; customer_name: string }[]>`
    SELECT ba.id, ba.number, ba.name, ba.currency, c.name AS customer_name
    FROM "BillingAccount" ba JOIN "Customer" c ON c.id = ba."customerId"
    WHERE ba.id = ${billingAccountId}::uuid AND ba."customerId" = ${scope.customerId}::uuid
      AND (${scope.serviceIds}::uuid[] IS NULL
           OR EXISTS (SELECT 1 FROM "Service" s WHERE s."billingAccountId" = ba.id AND s.id = ANY(${scope.serviceIds}::uuid[])))`;
  if (!account) return null;

  // One row per posting (its receivable entries summed), the running balance over the whole history,
  // then only the period's rows: the balance before the first of them is the opening balance.
  const receivable = Prisma.sql`
    SELECT p.id, p.kind, p."postedAt"::date AS day, p."idempotencyKey" AS key, b.number AS bill_no, cn.number AS note_no,
           sum(e."amountMinor")::bigint AS amount
    FROM "LedgerEntry" e JOIN "LedgerPosting" p ON p.id = e."postingId"
    LEFT JOIN "Bill" b ON b.id = p."billId" LEFT JOIN "CreditNote" cn ON cn.id = p."creditNoteId"
    WHERE e."billingAccountId" = ${billingAccountId}::uuid AND e.account = 'receivable' AND p."postedAt" < ${to}::date + 1
    GROUP BY p.id, b.number, cn.number`;
  const [rows, [opening]] = await Promise.all([
    db.$queryRaw<EntryRow[]>`
      WITH postings AS (${receivable}),
      running AS (SELECT *, sum(amount) OVER (ORDER BY day, id)::bigint AS balance FROM postings)
      SELECT kind::text AS kind, day, bill_no, amount, balance,
             CASE WHEN kind = 'credit_note' THEN coalesce(note_no, key)
                  WHEN kind = 'bill' THEN coalesce(bill_no, key)
                  ELSE substr(key, strpos(key, ':') + 1) END AS reference
      FROM running WHERE day >= ${from}::date ORDER BY day, id`,
    db.$queryRaw<{ sum: bigint }[]>`
      SELECT coalesce(sum(e."amountMinor"), 0)::bigint AS sum
      FROM "LedgerEntry" e JOIN "LedgerPosting" p ON p.id = e."postingId"
      WHERE e."billingAccountId" = ${billingAccountId}::uuid AND e.account = 'receivable' AND p."postedAt" < ${from}::date`,
  ]);

  const money = (minor: bigint | number): Money => ({ amountMinor: Number(minor), currency: account.currency });
  const openingMinor = opening?.sum ?? 0n;
  const entries = rows.map((r) => ({
    date: r.day.toISOString().slice(0, 10),
    kind: r.kind,
    reference: r.reference,
    billNo: r.bill_no,
    amount: money(r.amount),
    balance: money(r.balance),
  }));
  return {
    billingAccount: {
      id: account.id,
      number: account.number,
      name: account.name,
      currency: account.currency,
      customerName: account.customer_name,
    },
    from,
    to,
    openingBalance: money(openingMinor),
    entries,
    closingBalance: entries.at(-1)?.balance ?? money(openingMinor),
  };
}
