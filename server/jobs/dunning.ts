// Dunning (daily): overdue bills get a reminder the day after the due date, a second one after 14 days and a final
// notice after 30 — each step once, enforced by DunningNotice's unique key — and seven days after the final notice
// the account's non-essential services are suspended through the billing system. What a customer disputes is held
// out (a bill whose only unpaid part is under open disputes is left alone), and bills under a payment arrangement
// being kept get neither notices nor suspension; a missed instalment breaks the plan and dunning picks up again.
// Restoration (every minute, restoreCleared) lifts a suspension as soon as nothing suspends the account any more.
import { depsFor } from "~/server/container";
import type { Db } from "~/server/db/client";
import { fixedClock } from "~/server/lib/clock";
import { formatAmount } from "~/server/lib/text";
import { accountDebts, restoreIfCleared, type AccountDebt, type CollectionsDeps } from "~/server/modules/collections/account-debts";
import { closeArrangement } from "~/server/modules/collections/collections.repository";
import { notify } from "~/server/modules/notifications/notify";
import { billHolders } from "./billing-notices";
import { owedOf, stepReached, suspendingBills } from "./dunning-rules";

const day = (d: Date) => d.toISOString().slice(0, 10);
const collectionsDeps = (db: Db, now: Date): CollectionsDeps => {
  const { billing, clock } = depsFor(db, fixedClock(now));
  return { db, billing, clock };
};

/** A plan kept or broken as of today is recorded so; a broken one no longer shields its bills (accountDebts). */
async function settleArrangements(deps: CollectionsDeps, debts: AccountDebt[], now: Date) {
  let closed = 0;
  for (const { arrangement: a } of debts) {
    if (a && a.status !== "active") closed += (await closeArrangement(deps, a.id, a.status, now)).count;
  }
  return closed;
}

async function sendNotices(db: Db, debts: AccountDebt[], now: Date) {
  const today = day(now);
  const bills = debts.flatMap((d) => d.bills.map((b) => ({ ...b, customerId: d.customerId, currency: d.currency })));
  const taken = await db.dunningNotice.groupBy({ by: ["billId"], where: { billId: { in: bills.map((b) => b.id) } }, _max: { step: true } });
  const lastStep = new Map(taken.map((t) => [t.billId, t._max.step ?? 0]));
  const due = bills.flatMap((b) => {
    const owed = owedOf(b);
    const step = stepReached(b.paymentDueDate, today);
    // A step already taken (or a later one) is not repeated; an arranged bill waits.
    return !b.arranged && owed > 0n && step !== null && (lastStep.get(b.id) ?? 0) < step ? [{ ...b, owed, step }] : [];
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
        const data = { bill: d.billNo, amount: formatAmount(d.owed, d.currency), step: d.step };
        await notify(tx, { userId, customerId: d.customerId }, "bill.overdue", data, `/bills/${d.id}`);
      }
      return true;
    });
    if (inserted) sent++;
  }
  return { checked: due.length, sent };
}

/** Suspends each account a bill suspends today and that has nothing suspended yet; keyed by the last restoration. */
async function suspend(deps: CollectionsDeps, debts: AccountDebt[], today: string) {
  let suspended = 0;
  for (const d of debts) {
    if (suspendingBills(d.bills, today).length === 0) continue;
    const scope = { customerId: d.customerId, serviceIds: null };
    const history = await deps.billing.listSuspensions(scope, { billingAccountId: d.billingAccountId });
    if (history.some((s) => s.restoredAt === null)) continue;
    const lastRestored =
      history
        .flatMap((s) => (s.restoredAt ? [s.restoredAt.toISOString()] : []))
        .sort()
        .at(-1) ?? "never";
    const change = await deps.billing.suspendServices({
      billingAccountId: d.billingAccountId,
      reason: "unpaid_bills",
      idempotencyKey: `dunning:${d.billingAccountId}:after:${lastRestored}`,
    });
    if (change.serviceIds.length > 0) suspended++;
  }
  return suspended;
}

/** `accountIds` narrows the run (a targeted re-run); by default every account is considered. */
export async function dunning(db: Db, now: Date, accountIds?: string[]) {
  const deps = collectionsDeps(db, now);
  const debts = await accountDebts(deps, day(now), accountIds);
  const arrangementsClosed = await settleArrangements(deps, debts, now);
  const notices = await sendNotices(db, debts, now);
  const suspended = await suspend(deps, debts, day(now));
  const { restored } = await restoreCleared(db, now, accountIds);
  return { ...notices, suspended, restored, arrangementsClosed };
}

/** Every minute: lifts the suspension of each account whose overdue balance no longer suspends it. */
export async function restoreCleared(db: Db, now: Date, accountIds?: string[]) {
  const deps = collectionsDeps(db, now);
  const suspended = (await deps.billing.suspendedAccounts()).filter((a) => !accountIds || accountIds.includes(a.billingAccountId));
  if (suspended.length === 0) return { restored: 0 };
  const debts = new Map(
    (
      await accountDebts(
        deps,
        day(now),
        suspended.map((a) => a.billingAccountId),
      )
    ).map((d) => [d.billingAccountId, d]),
  );
  let restored = 0;
  for (const a of suspended) if (await restoreIfCleared(deps, a, debts.get(a.billingAccountId), day(now))) restored++;
  return { restored };
}
