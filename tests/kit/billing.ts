// Bills for the test world: one issued October 2026 bill per billing account given.
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
