// Crash safety of autopay: the job that charges a bill's run to the saved card off-session, and the webhook of that
// charge (payment_intent.succeeded / payment_failed), are killed at every boundary call in turn — before Stripe is
// asked, after it answered but before the portal wrote it down, in the middle of the webhook — and the job then runs
// again without faults, as its next round would. Stripe's webhook reaches the portal either before that round or only
// after it. Whatever the step, every run converges: a good card pays the bill with one charge booked once and the
// holder told once; a refused card charges nothing and leaves the bill to its due date, the holder told once; the
// ledger stays balanced.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { depsFor } from "~/server/container";
import { ensureBillingCatalogue } from "~/server/gateways/billing/tariff-catalogue";
import { billCycle } from "~/server/jobs/bill-cycle";
import { fixedClock } from "~/server/lib/clock";
import { paymentsDeps } from "~/server/modules/payments/payment-deps";
import { autopayDay, chargeDueAutopay } from "~/server/modules/payments/use-cases/autopay";
import { cardHolder, chargesOf, FaultPlan, ledgerOf, startCards, surviving, testDb, type CardKit, type CrashWhen } from "~/tests/kit";

const ISSUED = new Date("2026-12-01T02:00:00Z");
/** The run's time has come (three days after the bill): the job, the webhooks and the emulator all live at it. */
const clock = fixedClock("2026-12-04T06:00:00Z");
const CARDS = { pays: "4242 4242 4242 4242", declined: "4000 0000 0000 0002", "insufficient funds": "4000 0000 0000 9995" };
type Card = keyof typeof CARDS;
const FAILURE: Record<Card, string | null> = { pays: null, declined: "generic_decline", "insufficient funds": "insufficient_funds" };

let kit: CardKit;
/** The plan of the run in progress; the webhook endpoint works under it too. */
let plan = new FaultPlan();

beforeAll(async () => {
  await testDb().$transaction((tx) => ensureBillingCatalogue(tx));
  kit = await startCards({ clock, wrapDeps: (deps) => plan.deps(deps) });
});
afterAll(() => kit?.stop());

const cleanDeps = () => paymentsDeps(depsFor(testDb(), clock, kit.cards));
const notices = (userId: string, kind: string) => testDb().notification.findMany({ where: { userId, kind } });

/** `webhook`: whether Stripe's webhook of the charge reaches the portal before the job's next round, or only after it. */
type Run = { at: number; when: CrashWhen; webhook: "before" | "after"; card: Card };

/** One account's bill is charged by the job while the plan crashes; then the job runs again without faults. */
async function chargeThrough(run: Run) {
  const { home } = await cardHolder(kit, { card: CARDS[run.card], clock });
  await billCycle(testDb(), ISSUED, [home.billingAccountId]);
  const scheduled = await testDb().autopayCharge.findFirstOrThrow({ where: { billingAccountId: home.billingAccountId } });
  const receivedBefore = (await notices(home.userId, "payment.received")).length;
  await kit.settle(); // the card's setup webhooks are in before the faults begin

  const release = kit.hold();
  plan = new FaultPlan(run.at, run.when);
  await surviving(() => chargeDueAutopay(plan.deps(cleanDeps())));
  if (run.webhook === "before") {
    release();
    await kit.settle();
  }
  const { fired: crashedAt, calls } = plan;

  // Restarted: no faults. The job's next round takes up the run if it is still scheduled; the webhooks arrive.
  plan = new FaultPlan();
  await chargeDueAutopay(cleanDeps());
  release();
  await kit.settle();
  const lastRound = await chargeDueAutopay(cleanDeps());

  const bill = (await cleanDeps().billing.getBill({ customerId: home.customerId, serviceIds: null }, scheduled.billId))!;
  const outcome = await testDb().autopayCharge.findUniqueOrThrow({ where: { billId: scheduled.billId } });
  const autopayNotices = (await notices(home.userId, "payment.autopay")).map((n) => n.data as { outcome: string; date?: string });
  return {
    crashedAt,
    calls,
    lastRound,
    bill,
    scheduled,
    outcome,
    charges: await chargesOf(kit, scheduled.billId),
    ledger: await ledgerOf(home.billingAccountId, scheduled.billId),
    received: (await notices(home.userId, "payment.received")).length - receivedBefore,
    failedNotices: autopayNotices.filter((n) => n.outcome === "failed"),
  };
}

/** What every run must end in, whatever crashed where. */
function expectConverged(run: Run, r: Awaited<ReturnType<typeof chargeThrough>>, label: string) {
  const amount = Number(r.scheduled.amountMinor);
  expect(r.lastRound, `${label}: nothing left for a later round`).toEqual({ charged: 0, failed: 0, skipped: 0 });
  expect(r.ledger.sumOfEntries, `${label}: debits = credits`).toBe(0n);
  expect(r.ledger.unbalanced, `${label}: every posting balances`).toBe(0n);
  if (run.card === "pays") {
    expect(r.charges, `${label}: one charge at Stripe`).toHaveLength(1);
    expect(r.ledger.payments, `${label}: booked once`).toBe(1);
    expect(r.ledger.paidMinor, label).toBe(BigInt(r.charges[0]!.amount_received));
    expect(r.charges[0]!.amount_received, label).toBe(amount);
    expect(r.bill.remainingAmount.amountMinor, `${label}: paid`).toBe(0);
    expect(r.ledger.balance, `${label}: nothing owed`).toBe(0n);
    expect(r.outcome, label).toMatchObject({ status: "charged", paymentIntentId: r.charges[0]!.id, cardLast4: "4242" });
    expect(r.received, `${label}: the holder is told once`).toBe(1);
    expect(r.failedNotices, label).toEqual([]);
  } else {
    expect(r.charges, `${label}: nothing charged`).toEqual([]);
    expect(r.ledger.payments, label).toBe(0);
    expect(r.bill.remainingAmount.amountMinor, `${label}: still due by its date`).toBe(amount);
    expect(r.ledger.balance, label).toBe(BigInt(amount));
    expect(r.outcome, label).toMatchObject({ status: "failed", failureCode: FAILURE[run.card] });
    expect(r.failedNotices, `${label}: the holder is told once to pay by the due date`).toEqual([
      expect.objectContaining({ date: autopayDay(new Date(`${r.bill.paymentDueDate}T12:00:00Z`)) }),
    ]);
    expect(r.received, label).toBe(0);
  }
}

describe("autopay survives a crash at any step", () => {
  const steps = new Map<Card, string[]>();

  it("walks one clean charge of each card to find every boundary call it makes", async () => {
    for (const card of Object.keys(CARDS) as Card[]) {
      const run: Run = { at: Number.POSITIVE_INFINITY, when: "before", webhook: "before", card };
      const r = await chargeThrough(run);
      expectConverged(run, r, `clean, ${card}`);
      steps.set(card, r.calls);
    }
    expect(steps.get("pays")).toEqual(
      expect.arrayContaining([
        "saved.dueRuns",
        "stripe.paymentIntents.create",
        "billing.postPayment",
        "saved.finishRun",
        "payments.recordEvent",
      ]),
    );
    expect(steps.get("declined")).toEqual(
      expect.arrayContaining(["stripe.paymentIntents.create", "saved.finishRun", "payments.recordEvent"]),
    );
  });

  it("converges from a crash before or after each call, the webhook before or after the retry, any card (≥ 100 runs)", async () => {
    const runs: Run[] = [];
    for (const [card, calls] of steps)
      for (let at = 1; at <= calls.length; at++)
        for (const when of ["before", "after"] as const)
          for (const webhook of ["before", "after"] as const) runs.push({ at, when, webhook, card });
    expect(runs.length).toBeGreaterThanOrEqual(100);

    const crashed = new Set<string>();
    for (const run of runs) {
      const r = await chargeThrough(run);
      if (r.crashedAt) crashed.add(r.crashedAt);
      expectConverged(run, r, `${run.card}: crash ${run.when} call ${run.at} (${r.crashedAt ?? "none"}), webhook ${run.webhook} the retry`);
    }
    // Every kind of step was hit: the job's reads, Stripe's charge, the booking, the run's end and the webhook's record.
    expect([...crashed]).toEqual(
      expect.arrayContaining([
        "saved.dueRuns",
        "billing.getBill",
        "stripe.paymentIntents.create",
        "billing.postPayment",
        "saved.finishRun",
        "stripe.paymentIntents.retrieve",
        "payments.recordEvent",
      ]),
    );
  }, 600_000);
});
