// The nightly bill run: every account whose bill-cycle day has come gets its bill for the period that
// just ended, and its holders a notice. Idempotent like the run itself: a billed period is skipped,
// and the notice goes out in the same step only for bills this run issued.
import type { Db } from "~/server/db/client";
import { runBillRun, type BillRunResult } from "~/server/gateways/billing/bill-run";
import { applyDueMoves, nextPeriod } from "~/server/gateways/billing/service-move";
import { notify } from "~/server/modules/notifications/notify";
import { billHolders, formatAmount } from "./billing-notices";

const iso = (d: Date) => d.toISOString().slice(0, 10);

/** The period whose end is today or earlier for accounts billed on `cycleDay`, as of `now`. */
export function endedPeriod(now: Date, cycleDay: number): string {
  const day = Math.min(Math.max(cycleDay, 1), 28);
  const back = now.getUTCDate() >= day ? 1 : 2;
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - back, 1)).toISOString().slice(0, 7);
}

/** `accountIds` narrows the run (a targeted re-run); by default every account is considered. */
export async function billCycle(db: Db, now: Date, accountIds?: string[]): Promise<{ runs: BillRunResult[]; notified: number }> {
  const accounts = await db.billingAccount.findMany({ where: accountIds ? { id: { in: accountIds } } : {}, select: { id: true, billCycleDay: true } });
  const byPeriod = new Map<string, string[]>();
  for (const a of accounts) {
    const period = endedPeriod(now, a.billCycleDay);
    byPeriod.set(period, [...(byPeriod.get(period) ?? []), a.id]);
  }
  const runs: BillRunResult[] = [];
  let notified = 0;
  for (const [period, ids] of [...byPeriod].sort(([a], [b]) => a.localeCompare(b))) {
    const run = await runBillRun(db, { period, billingAccountIds: ids, issueDate: iso(now) });
    runs.push(run);
    await applyDueMoves(db, nextPeriod(period), now); // the old account's last bill with the service now exists
    if (run.bills > 0) notified += await announce(db, BigInt(run.runId));
  }
  return { runs, notified };
}

async function announce(db: Db, runId: bigint): Promise<number> {
  const bills = await db.bill.findMany({
    where: { billRunId: runId },
    select: { id: true, period: true, totalMinor: true, currency: true, billingAccount: { select: { customerId: true } } },
  });
  const holdersOf = billHolders(db);
  let sent = 0;
  for (const bill of bills) {
    const holders = await holdersOf(bill.billingAccount.customerId);
    await db.$transaction(async (tx) => {
      for (const userId of holders) {
        await notify(tx, { userId, customerId: bill.billingAccount.customerId }, "bill.issued",
          { period: bill.period, amount: formatAmount(bill.totalMinor, bill.currency) }, `/bills/${bill.id}`);
      }
    });
    sent += holders.length;
  }
  return sent;
}
