// Collections as the customer sees them: where an account stands with its overdue bills (the dunning timeline,
// what is suspended and why), and payment arrangements that split the overdue balance into instalments.
import type { CustomerActor } from "~/server/auth/principal";
import { scopeOf } from "~/server/auth/scope";
import { DomainError, notFound } from "~/server/lib/errors";
import { daysLate, owedOf, suspendingBills, suspensionDay } from "~/server/jobs/dunning-rules";
import { accountDebts, restoreIfCleared, type CollectionsDeps, type LiveArrangement } from "./account-debts";
import { eligibility, instalmentCounts, type InstalmentState, MIN_ARRANGEMENT_MINOR, splitInstalments } from "./arrangement-rules";
import * as repo from "./collections.repository";
import type {
  AccountDebtInput,
  ArrangeInput,
  ArrangementOfferView,
  ArrangementView,
  CollectionsView,
  TimelineEntry,
} from "./collections.schemas";

const today = ({ clock }: CollectionsDeps) => clock.now().toISOString().slice(0, 10);
const sum = (xs: bigint[]) => xs.reduce((s, x) => s + x, 0n);

/** The caller's billing account with its overdue bills; another customer's reads as absent. */
async function accountDebt(deps: CollectionsDeps, actor: CustomerActor, billingAccountId: string) {
  const scope = scopeOf(actor);
  const account = (await deps.billing.listBillingAccounts(scope)).find((a) => a.id === billingAccountId);
  if (!account) throw notFound("billing account");
  const [debt] = await accountDebts(deps, today(deps), [account.id]);
  return { scope, account, debt, bills: debt?.bills ?? [], arrangement: debt?.arrangement ?? null };
}

function arrangementView(a: LiveArrangement | repo.ArrangementRecord, billNos: Map<string, string>): ArrangementView {
  const live: LiveArrangement | null = "paidMinor" in a ? (a as LiveArrangement) : null;
  return {
    id: a.id,
    status: live?.status ?? a.status,
    currency: a.currency,
    totalMinor: Number(a.totalMinor),
    paidMinor: Number(live?.paidMinor ?? (a.status === "kept" ? a.totalMinor : 0n)),
    createdAt: a.createdAt,
    closedAt: a.closedAt,
    bills: a.billIds.map((id) => ({ id, billNo: billNos.get(id) ?? null })),
    instalments: (live?.instalments ?? a.instalments.map((i) => ({ ...i, state: "missed" as InstalmentState }))).map((i) => ({
      seq: i.seq,
      dueDate: i.dueDate,
      amountMinor: Number(i.amountMinor),
      state: a.status === "kept" ? "paid" : i.state,
    })),
  };
}

export async function getCollections(deps: CollectionsDeps, actor: CustomerActor, input: AccountDebtInput): Promise<CollectionsView> {
  const { scope, account, bills, arrangement } = await accountDebt(deps, actor, input.billingAccountId);
  const [recent, suspensions, plans] = await Promise.all([
    deps.billing.listBills(scope, { billingAccountId: account.id }, { page: 1, pageSize: 24 }),
    deps.billing.listSuspensions(scope, { billingAccountId: account.id }),
    repo.arrangementsOf(deps, actor.customerId, account.id),
  ]);
  const billNos = new Map(recent.items.map((b) => [b.id, b.billNo]));
  const notices = await repo.noticesFor(
    deps,
    recent.items.map((b) => b.id),
  );
  const open = suspensions.filter((s) => s.restoredAt === null);
  // At one instant a plan's own events come first: a broken plan is why a notice and a suspension follow it.
  const timeline: TimelineEntry[] = [
    ...plans.flatMap((p) => [
      { kind: "arranged" as const, at: p.createdAt, instalments: p.instalments.length },
      ...(p.closedAt
        ? [{ kind: p.status === "kept" ? ("arrangement_kept" as const) : ("arrangement_broken" as const), at: p.closedAt }]
        : []),
    ]),
    ...notices.map((n) => ({
      kind: "notice" as const,
      at: n.sentAt,
      step: n.step,
      billId: n.billId,
      billNo: billNos.get(n.billId) ?? null,
    })),
    ...groupBy(suspensions, (s) => s.suspendedAt.toISOString()).map((g) => ({
      kind: "suspended" as const,
      at: g[0]!.suspendedAt,
      services: g.map((s) => s.identifier),
    })),
    ...groupBy(
      suspensions.filter((s) => s.restoredAt),
      (s) => s.restoredAt!.toISOString(),
    ).map((g) => ({ kind: "restored" as const, at: g[0]!.restoredAt!, services: g.map((s) => s.identifier) })),
  ].sort((a, b) => a.at.getTime() - b.at.getTime());
  // Still to come: the day the oldest bill that would suspend the account does, unless it is suspended already.
  const pending = bills.filter((b) => !b.arranged && owedOf(b) > 0n).map((b) => suspensionDay(b.paymentDueDate));
  if (open.length === 0 && pending.length > 0 && suspendingBills(bills, today(deps)).length === 0) {
    timeline.push({ kind: "suspension_due", on: pending.sort()[0]! });
  }
  const latest = arrangement ?? plans[0] ?? null;
  return {
    billingAccount: { id: account.id, number: account.number, name: account.name },
    currency: account.currency,
    overdueMinor: Number(sum(bills.map(owedOf))),
    heldOutMinor: Number(sum(bills.map((b) => (b.disputedMinor < b.remainingMinor ? b.disputedMinor : b.remainingMinor)))),
    bills: bills.map((b) => ({
      id: b.id,
      billNo: b.billNo,
      paymentDueDate: b.paymentDueDate,
      daysLate: daysLate(b.paymentDueDate, today(deps)),
      owedMinor: Number(owedOf(b)),
      disputedMinor: Number(b.disputedMinor),
      arranged: b.arranged,
    })),
    suspended: open.map((s) => ({
      serviceId: s.serviceId,
      kind: s.kind,
      identifier: s.identifier,
      barred: s.barred,
      since: s.suspendedAt,
    })),
    timeline,
    arrangement: latest ? arrangementView(latest, billNos) : null,
  };
}

function groupBy<T>(xs: T[], key: (x: T) => string): T[][] {
  const groups = new Map<string, T[]>();
  for (const x of xs) groups.set(key(x), [...(groups.get(key(x)) ?? []), x]);
  return [...groups.values()];
}

/** What an arrangement of the account's overdue balance would be, if the customer may have one. */
async function offer(deps: CollectionsDeps, actor: CustomerActor, billingAccountId: string) {
  const found = await accountDebt(deps, actor, billingAccountId);
  const unarranged = found.bills.filter((b) => !b.arranged && owedOf(b) > 0n);
  const totalMinor = sum(unarranged.map(owedOf));
  const verdict = eligibility({
    owedMinor: totalMinor,
    today: today(deps),
    brokenOn: await repo.brokenOn(deps, actor.customerId),
    hasActive: found.arrangement !== null && found.arrangement.status === "active",
  });
  return { ...found, unarranged, totalMinor, verdict };
}

export async function offerArrangement(
  deps: CollectionsDeps,
  actor: CustomerActor,
  input: AccountDebtInput,
): Promise<ArrangementOfferView> {
  const { account, totalMinor, verdict } = await offer(deps, actor, input.billingAccountId);
  return {
    eligible: verdict.eligible,
    reason: verdict.eligible ? null : verdict.reason,
    currency: account.currency,
    totalMinor: Number(totalMinor),
    minimumMinor: Number(MIN_ARRANGEMENT_MINOR),
    options: verdict.eligible
      ? instalmentCounts.map((n) => ({
          instalments: n,
          schedule: splitInstalments(totalMinor, n, today(deps)).map((i) => ({ ...i, amountMinor: Number(i.amountMinor) })),
        }))
      : [],
  };
}

/** Makes the plan the offer showed (amounts and dates computed here again), then lifts a suspension it clears. */
export async function arrange(deps: CollectionsDeps, actor: CustomerActor, input: ArrangeInput): Promise<ArrangementView> {
  const { account, unarranged, totalMinor, verdict } = await offer(deps, actor, input.billingAccountId);
  const idempotencyKey = `${actor.customerId}:${input.idempotencyKey}`;
  const plan = await repo.saveArrangement(
    deps,
    {
      customerId: actor.customerId,
      billingAccountId: account.id,
      billIds: unarranged.map((b) => b.id),
      currency: account.currency,
      totalMinor,
      startRemainingMinor: sum(unarranged.map((b) => b.remainingMinor)),
      createdAt: deps.clock.now(),
      createdById: actor.userId,
      idempotencyKey,
      instalments: verdict.eligible ? splitInstalments(totalMinor, input.instalments, today(deps)) : [],
    },
    (active) => {
      if (active) throw new DomainError("CONFLICT", "an arrangement is already active on this account");
      if (!verdict.eligible)
        throw new DomainError("INVALID_STATE", `no arrangement possible: ${verdict.reason}`, { field: "billingAccountId" });
    },
  );
  const [debt] = await accountDebts(deps, today(deps), [account.id]);
  await restoreIfCleared(deps, { billingAccountId: account.id, customerId: actor.customerId }, debt, today(deps));
  return arrangementView(debt?.arrangement?.id === plan.id ? debt.arrangement : plan, new Map(unarranged.map((b) => [b.id, b.billNo])));
}
