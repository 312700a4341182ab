// Bills for the test world: one issued October 2026 bill per billing account given, and what the ledger holds of them.
import { runBillRun } from "~/server/gateways/billing/bill-run";
import { nextPeriod } from "~/server/domain/billing/vocabulary";
import { ensureBillingCatalogue } from "~/server/gateways/billing/tariff-catalogue";
import { testDb } from "./db";

const KIT_PERIOD = "2026-10";

/** Issues the period's bill of each account (the global setup empties VAT rates: they come back first). */
export async function issueBills<K extends string>(accounts: Record<K, string>, period = KIT_PERIOD): Promise<Record<K, string>> {
  const db = testDb();
  await db.$transaction((tx) => ensureBillingCatalogue(tx));
  const ids = Object.values<string>(accounts);
  // The test world's history: announced to nobody (a bill cycle under test tells only about its own bills).
  await runBillRun(db, { period, billingAccountIds: ids, issueDate: `${nextPeriod(period)}-01`, announce: false });
  const bills = await db.bill.findMany({ where: { billingAccountId: { in: ids }, period }, select: { id: true, billingAccountId: true } });
  const byAccount = new Map(bills.map((b) => [b.billingAccountId, b.id]));
  const out = {} as Record<K, string>;
  for (const [owner, account] of Object.entries<string>(accounts)) {
    const bill = byAccount.get(account);
    if (!bill) throw new Error(`no ${period} bill was issued for ${owner}'s account`);
    out[owner as K] = bill;
  }
  return out;
}

/**
 * An account's books as a bill's payment left them: the sum of all its entries (0 when debits equal credits), its
 * receivable balance, postings that do not balance, and the bill's payment postings with the cash they booked.
 */
export async function ledgerOf(billingAccountId: string, billId: string) {
  const db = testDb();
  const [sums] = await db.$queryRaw<{ all: bigint; receivable: bigint; unbalanced: bigint }[]>`
    SELECT coalesce(sum("amountMinor"), 0)::bigint AS all,
           coalesce(sum("amountMinor") FILTER (WHERE account = 'receivable'), 0)::bigint AS receivable,
           (SELECT count(*) FROM (SELECT 1 FROM "LedgerEntry" WHERE "billingAccountId" = ${billingAccountId}::uuid
                                  GROUP BY "postingId" HAVING sum("amountMinor") <> 0) u)::bigint AS unbalanced
    FROM "LedgerEntry" WHERE "billingAccountId" = ${billingAccountId}::uuid`;
  const payments = await db.ledgerPosting.findMany({ where: { billId, kind: "payment" }, include: { entries: true } });
  const paid = payments.flatMap((p) => p.entries).filter((e) => e.account === "cash");
  return {
    sumOfEntries: sums!.all,
    balance: sums!.receivable,
    unbalanced: sums!.unbalanced,
    payments: payments.length,
    paidMinor: paid.reduce((s, e) => s + e.amountMinor, 0n),
  };
}
