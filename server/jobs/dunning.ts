// Dunning (daily): overdue bills get a reminder the day after the due date, a second one after 14
// days and a suspension warning after 30 — each step once, enforced by DunningNotice's unique key.
// What a customer disputes is held out: a bill whose only unpaid part is under open disputes is left alone.
// The overdue bills come from the billing system; disputes and notices are the portal's own records.
import { depsFor } from "~/server/container";
import type { Db } from "~/server/db/client";
import { fixedClock } from "~/server/lib/clock";
import { notify } from "~/server/modules/notifications/notify";
import { formatAmount } from "~/server/lib/text";
import { billHolders } from "./billing-notices";

/** Days after the due date at which each step is taken. */
const dunningSteps = [
  { step: 1, afterDays: 1 },
  { step: 2, afterDays: 14 },
  { step: 3, afterDays: 30 },
] as const;

const DAY_MS = 86_400_000;

/** The latest step reached `today` for a bill due on `dueDate`, or null before the first. */
function stepReached(dueDate: string, today: string): number | null {
  const late = (Date.parse(`${today}T00:00:00Z`) - Date.parse(`${dueDate}T00:00:00Z`)) / DAY_MS;
  return dunningSteps.filter((s) => late >= s.afterDays).at(-1)?.step ?? null;
}

/** `accountIds` narrows the run (a targeted re-run); by default every account is considered. */
export async function dunning(db: Db, now: Date, accountIds?: string[]): Promise<{ checked: number; sent: number }> {
  const today = now.toISOString().slice(0, 10);
  const { billing } = depsFor(db, fixedClock(now));
  const overdue = await billing.listOverdueBills({ asOf: today, billingAccountIds: accountIds });
  const ids = overdue.map((b) => b.id);
  // Open disputes held out of what is owed, and the latest step each bill has had: two set-based reads.
  const [disputed, taken] = await Promise.all([
    db.billDispute.groupBy({ by: ["billId"], where: { billId: { in: ids }, status: "open" }, _sum: { amountMinor: true } }),
    db.dunningNotice.groupBy({ by: ["billId"], where: { billId: { in: ids } }, _max: { step: true } }),
  ]);
  const heldOut = new Map(disputed.map((d) => [d.billId, d._sum.amountMinor ?? 0n]));
  const lastStep = new Map(taken.map((t) => [t.billId, t._max.step ?? 0]));
  const due = overdue.flatMap((b) => {
    const owed = BigInt(b.remainingAmount.amountMinor) - (heldOut.get(b.id) ?? 0n);
    const step = stepReached(b.paymentDueDate, today);
    // A step already taken (or a later one) is not repeated.
    return owed > 0n && step !== null && (lastStep.get(b.id) ?? 0) < step ? [{ ...b, owed, step }] : [];
  });
  const holdersOf = billHolders(db);
  let sent = 0;
  for (const d of due) {
    const holders = await holdersOf(d.customerId);
    const inserted = await db.$transaction(async (tx) => {
      const rows = await tx.$executeRaw`
        INSERT INTO "DunningNotice" ("billId", step, "sentAt") VALUES (${d.id}::uuid, ${d.step}, ${now}) ON CONFLICT DO NOTHING`;
      if (rows === 0) return false;
      for (const userId of holders) {
        await notify(
          tx,
          { userId, customerId: d.customerId },
          "bill.overdue",
          { bill: d.billNo, amount: formatAmount(d.owed, d.remainingAmount.currency), step: d.step },
          `/bills/${d.id}`,
        );
      }
      return true;
    });
    if (inserted) sent++;
  }
  return { checked: due.length, sent };
}
