// The billing system's cycle: every account whose bill-cycle day has come gets its bill for the
// period that just ended, then the service moves due with that period take effect. Idempotent like
// the run itself: a billed period is skipped.
import type { Db } from "~/server/db/client";
import { endedPeriod, nextPeriod, type IsoDate } from "~/server/domain/billing/vocabulary";
import { runBillRun } from "./bill-run";
import type { BillRunResult } from "./billing-views";
import { applyDueMoves } from "./service-move";

export async function runBillCycle(
  db: Db,
  input: { now: Date; period?: string; billingAccountIds?: string[] | null },
): Promise<BillRunResult[]> {
  const ids = input.billingAccountIds ?? null;
  const accounts = await db.billingAccount.findMany({ where: ids ? { id: { in: ids } } : {}, select: { id: true, billCycleDay: true } });
  const byPeriod = new Map<string, string[]>();
  for (const a of accounts) {
    const period = input.period ?? endedPeriod(input.now, a.billCycleDay);
    byPeriod.set(period, [...(byPeriod.get(period) ?? []), a.id]);
  }
  const issueDate: IsoDate = input.now.toISOString().slice(0, 10);
  const runs: BillRunResult[] = [];
  for (const [period, accountIds] of [...byPeriod].sort(([a], [b]) => a.localeCompare(b))) {
    runs.push(await runBillRun(db, { period, billingAccountIds: accountIds, issueDate }));
    await applyDueMoves(db, nextPeriod(period), input.now); // the old account's last bill with the service now exists
  }
  return runs;
}
