// Dunning (daily): overdue bills get a reminder the day after the due date, a second one after 14
// days and a suspension warning after 30 — each step once, enforced by DunningNotice's unique key.
// What a customer disputes is held out: a bill whose only unpaid part is under open disputes is left alone.
import type { Db } from "~/server/db/client";
import { refreshBillStatuses } from "~/server/gateways/billing/ledger";
import { notify } from "~/server/modules/notifications/notify";
import { billHolders, formatAmount } from "./billing-notices";

/** Days after the due date at which each step is taken. */
export const dunningSteps = [
  { step: 1, afterDays: 1 },
  { step: 2, afterDays: 14 },
  { step: 3, afterDays: 30 },
] as const;

type Due = { bill_id: string; number: string; customer_id: string; currency: string; step: number; owed: bigint };

/** `accountIds` narrows the run (a targeted re-run); by default every account is considered. */
export async function dunning(db: Db, now: Date, accountIds?: string[]): Promise<{ checked: number; sent: number }> {
  const today = now.toISOString().slice(0, 10);
  await refreshBillStatuses(db, today);
  // The latest step each overdue bill has reached; a step already taken (or a later one) is not repeated.
  const due = await db.$queryRaw<Due[]>`
    WITH owed AS (
      SELECT b.id, b.number, b.currency, b."dueDate", ba."customerId",
             (SELECT coalesce(sum(e."amountMinor"), 0) FROM "LedgerEntry" e WHERE e."billId" = b.id AND e.account = 'receivable')
             - (SELECT coalesce(sum(d."amountMinor"), 0) FROM "BillDispute" d WHERE d."billId" = b.id AND d.status = 'open') AS owed
      FROM "Bill" b JOIN "BillingAccount" ba ON ba.id = b."billingAccountId"
      WHERE b."dueDate" < ${today}::date AND (${accountIds ?? null}::uuid[] IS NULL OR ba.id = ANY(${accountIds ?? null}::uuid[]))
    ), stepped AS (
      SELECT o.*, (SELECT max(s.step) FROM unnest(${dunningSteps.map((s) => s.step)}::int[], ${dunningSteps.map((s) => s.afterDays)}::int[]) AS s(step, after)
                   WHERE ${today}::date - o."dueDate" >= s.after) AS step
      FROM owed o WHERE o.owed > 0
    )
    SELECT s.id AS bill_id, s.number, s."customerId" AS customer_id, s.currency, s.step, s.owed::bigint AS owed
    FROM stepped s
    WHERE s.step IS NOT NULL AND NOT EXISTS (SELECT 1 FROM "DunningNotice" n WHERE n."billId" = s.id AND n.step >= s.step)
    ORDER BY s."dueDate", s.id`;
  const holdersOf = billHolders(db);
  let sent = 0;
  for (const d of due) {
    const holders = await holdersOf(d.customer_id);
    const inserted = await db.$transaction(async (tx) => {
      const rows = await tx.$executeRaw`
        INSERT INTO "DunningNotice" ("billId", step, "sentAt") VALUES (${d.bill_id}::uuid, ${d.step}, ${now}) ON CONFLICT DO NOTHING`;
      if (rows === 0) return false;
      for (const userId of holders) {
        await notify(tx, { userId, customerId: d.customer_id }, "bill.overdue",
          { bill: d.number, amount: formatAmount(d.owed, d.currency), step: d.step }, `/bills/${d.bill_id}`);
      }
      return true;
    });
    if (inserted) sent++;
  }
  return { checked: due.length, sent };
}
