// The nightly bill run: the billing system bills every account whose bill-cycle day has come for the
// period that just ended (and applies the service moves due with it); each bill it issues comes back
// on its event feed, and the portal's handler tells the holders. Idempotent like the run itself: a
// billed period is skipped, and a bill's notice goes out once, however often its event is delivered.
import { createHash } from "node:crypto";
import { billingFeedFor, depsFor } from "~/server/container";
import type { Db } from "~/server/db/client";
import type { BillRunResult } from "~/server/gateways/billing/billing-gateway";
import { drainOutbox } from "~/server/gateways/events";
import { fixedClock } from "~/server/lib/clock";
import { billingEventListener } from "./billing-notices";

export { endedPeriod } from "~/server/domain/billing/vocabulary";

/** `accountIds` narrows the run (a targeted re-run); by default every account is considered. */
export async function billCycle(db: Db, now: Date, accountIds?: string[]): Promise<{ runs: BillRunResult[]; notified: number }> {
  const { billing } = depsFor(db, fixedClock(now));
  // One key per day and set of accounts: a retried job gets the first run's result back.
  const accounts = accountIds
    ? createHash("sha256")
        .update([...accountIds].sort().join(","))
        .digest("hex")
        .slice(0, 16)
    : "all";
  const runs = await billing.runBillRun({
    billingAccountIds: accountIds ?? null,
    idempotencyKey: `bill-cycle:${now.toISOString().slice(0, 10)}:${accounts}`,
  });
  // Deliver the new bills' events now rather than at the next relay: the notices go out with the run.
  const listener = billingEventListener(db);
  let notified = 0;
  await drainOutbox(billingFeedFor(db), async (event) => {
    if (await listener(event)) notified++;
  });
  return { runs, notified };
}
