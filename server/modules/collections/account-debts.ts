// Where an account stands with its overdue bills, as dunning and the customer's screens both see it: what each bill
// still owes with open disputes held out, which bills an arrangement covers and how far it is kept, and restoration
// once nothing suspends the account any more.
import type { BillingGateway } from "~/server/gateways/billing/billing-gateway";
import type { HasDb } from "~/server/db/transaction";
import type { IsoDate } from "~/server/domain/billing/vocabulary";
import type { Clock } from "~/server/lib/clock";
import { suspendingBills, type DunnedBill } from "~/server/jobs/dunning-rules";
import { progress } from "./arrangement-rules";
import * as repo from "./collections.repository";

export type CollectionsDeps = HasDb & { billing: BillingGateway; clock: Clock };

export type DebtBill = DunnedBill & { billNo: string };
export type LiveArrangement = Omit<repo.ArrangementRecord, "instalments" | "status"> & { paidMinor: bigint } & ReturnType<typeof progress>;

export type AccountDebt = {
  billingAccountId: string;
  customerId: string;
  currency: string;
  bills: DebtBill[];
  /** The active arrangement with its state as of today (it may have just been kept or broken). */
  arrangement: LiveArrangement | null;
};

/** What the covered bills have been paid down since the plan was made, laid over its instalments. */
export function liveArrangement(record: repo.ArrangementRecord, remainingNow: Map<string, bigint>, today: IsoDate): LiveArrangement {
  const owed = record.billIds.reduce((s, id) => s + (remainingNow.get(id) ?? 0n), 0n);
  const paid = record.startRemainingMinor > owed ? record.startRemainingMinor - owed : 0n;
  return { ...record, paidMinor: paid, ...progress(record.instalments, paid, today) };
}

/** The overdue accounts (those named, or all) and those with an active arrangement. */
export async function accountDebts(deps: CollectionsDeps, today: IsoDate, accountIds?: string[]): Promise<AccountDebt[]> {
  const overdue = await deps.billing.listOverdueBills({ asOf: today, billingAccountIds: accountIds });
  const [disputed, active] = await Promise.all([
    repo.disputedByBill(
      deps,
      overdue.map((b) => b.id),
    ),
    repo.activeArrangements(deps, accountIds),
  ]);
  const remaining = new Map(overdue.map((b) => [b.id, BigInt(b.remainingAmount.amountMinor)]));
  const debts = new Map<string, AccountDebt>();
  for (const a of active) {
    debts.set(a.billingAccountId, {
      billingAccountId: a.billingAccountId,
      customerId: a.customerId,
      currency: a.currency,
      bills: [],
      arrangement: liveArrangement(a, remaining, today),
    });
  }
  for (const b of overdue) {
    const debt = debts.get(b.billingAccountId) ?? {
      billingAccountId: b.billingAccountId,
      customerId: b.customerId,
      currency: b.remainingAmount.currency,
      bills: [],
      arrangement: null,
    };
    debts.set(b.billingAccountId, debt);
    const plan = debt.arrangement;
    debt.bills.push({
      id: b.id,
      billNo: b.billNo,
      paymentDueDate: b.paymentDueDate,
      remainingMinor: BigInt(b.remainingAmount.amountMinor),
      disputedMinor: disputed.get(b.id) ?? 0n,
      arranged: plan !== null && plan.status !== "broken" && plan.billIds.includes(b.id),
    });
  }
  return [...debts.values()];
}

/** Lifts the account's suspension when nothing suspends it any more (paid, credited, disputed or arranged). */
export async function restoreIfCleared(
  { billing }: Pick<CollectionsDeps, "billing">,
  account: { billingAccountId: string; customerId: string },
  debt: AccountDebt | undefined,
  today: IsoDate,
): Promise<boolean> {
  if (debt && suspendingBills(debt.bills, today).length > 0) return false;
  const scope = { customerId: account.customerId, serviceIds: null };
  const open = await billing.listSuspensions(scope, { billingAccountId: account.billingAccountId, openOnly: true });
  if (open.length === 0) return false;
  const since = open.map((s) => s.suspendedAt.toISOString()).sort()[0];
  await billing.restoreServices({
    billingAccountId: account.billingAccountId,
    idempotencyKey: `dunning:${account.billingAccountId}:${since}`,
  });
  return true;
}
