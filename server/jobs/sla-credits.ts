// SLA credits (nightly, after the bill run): every business and premium customer's breaches of last
// month become credit notes on that month's bills. Posting is idempotent per ticket, so running it
// every night is harmless and catches up after downtime; a month not yet billed waits for its bill.
import { depsFor } from "~/server/container";
import type { Db } from "~/server/db/client";
import type { Clock } from "~/server/lib/clock";
import { slaDeps } from "~/server/modules/sla/sla-deps";
import { postCreditsOf } from "~/server/modules/sla/use-cases/post-credits";

export async function slaCredits(db: Db, clock: Clock, customerIds?: string[]): Promise<{ customers: number; posted: number }> {
  const now = clock.now();
  const month = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - 1, 1)).toISOString().slice(0, 7);
  const customers = await db.customer.findMany({
    where: { slaTier: { in: ["business", "premium"] }, ...(customerIds ? { id: { in: customerIds } } : {}) },
    select: { id: true },
  });
  const deps = slaDeps(depsFor(db, clock));
  let posted = 0;
  for (const c of customers) {
    const result = await postCreditsOf(deps, { customerId: c.id, month });
    posted += result.items.filter((i) => i.outcome === "posted").length;
  }
  return { customers: customers.length, posted };
}
