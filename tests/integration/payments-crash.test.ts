// Crash safety of card payments: the flow is killed at every boundary call in turn — before Stripe is asked, after
// Stripe answered but before the portal wrote it down, in the middle of a webhook — and then started again as a new
// process would (the customer tries again, Stripe redelivers). Whatever the step, every run converges: the bill is
// paid exactly once, no attempt is charged twice, and the ledger stays balanced.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { CustomerActor } from "~/server/auth/principal";
import { scopeOf } from "~/server/auth/scope";
import { depsFor } from "~/server/container";
import { paymentsDeps } from "~/server/modules/payments/payment-deps";
import { startPayment, type PaymentsDeps } from "~/server/modules/payments/payments.service";
import { returnFromCheckout } from "~/server/modules/payments/use-cases/return-from-checkout";
import {
  chargesOf,
  createHousehold,
  FaultPlan,
  issueBills,
  kitClock,
  ledgerOf,
  payOnCheckout,
  principalOf,
  startCards,
  surviving,
  testDb,
  type CardKit,
  type CrashWhen,
} from "~/tests/kit";

const clock = kitClock();
let kit: CardKit;
/** The plan of the run in progress; the webhook endpoint works under it too. */
let plan = new FaultPlan();

beforeAll(async () => {
  kit = await startCards({ clock, wrapDeps: (deps) => plan.deps(deps) });
});
afterAll(() => kit?.stop());

const cleanDeps = (): PaymentsDeps => paymentsDeps(depsFor(testDb(), clock, kit.cards));

/** `declinedFirst`: the customer's first card is refused on the checkout page and a second one paid. */
type Run = { at: number; when: CrashWhen; comesBack: boolean; declinedFirst: boolean };
const DECLINED = "4000 0000 0000 0002";

/** One customer pays one bill while the plan crashes; then everything restarts without faults until it settles. */
async function payThrough(run: Run) {
  const home = await createHousehold();
  const { bill } = await issueBills({ bill: home.billingAccountId });
  const actor = (await principalOf(home)) as CustomerActor;
  plan = new FaultPlan(run.at, run.when);
  const faulty = plan.deps(cleanDeps());

  const started = await surviving(() => startPayment(faulty, actor, { billId: bill }));
  if (!(started instanceof Error)) {
    if (run.declinedFirst) await payOnCheckout(started.checkoutUrl, DECLINED);
    await payOnCheckout(started.checkoutUrl);
    if (run.comesBack) await surviving(() => returnFromCheckout(faulty, actor, { paymentId: started.paymentId }));
  }
  await kit.settle();
  const { fired: crashedAt, calls } = plan;

  // Restarted: no faults. The customer, seeing the bill still due, pays again; Stripe's redeliveries have arrived.
  plan = new FaultPlan();
  const clean = cleanDeps();
  const due = async () => (await clean.billing.getBill(scopeOf(actor), bill))!.remainingAmount.amountMinor;
  for (let tries = 0; tries < 3 && (await due()) > 0; tries++) {
    const again = await startPayment(clean, actor, { billId: bill });
    await payOnCheckout(again.checkoutUrl);
    await returnFromCheckout(clean, actor, { paymentId: again.paymentId });
    await kit.settle();
  }
  return { home, bill, crashedAt, calls, due: await due() };
}

describe("card payments survive a crash at any step", () => {
  let steps: string[] = [];

  it("walks one clean payment to find every boundary call it makes", async () => {
    const { bill, due, calls } = await payThrough({ at: Number.POSITIVE_INFINITY, when: "before", comesBack: true, declinedFirst: true });
    expect(due).toBe(0);
    expect(await chargesOf(kit, bill)).toHaveLength(1);
    steps = calls;
    expect(steps).toEqual(expect.arrayContaining(["payments.openAttempt", "stripe.checkout.sessions.create", "billing.postPayment"]));
    expect(steps.length).toBeGreaterThanOrEqual(15);
  });

  it("converges from a crash before or after each call, whether or not the customer comes back (≥ 100 runs)", async () => {
    const runs: Run[] = [];
    for (let at = 1; at <= steps.length; at++)
      for (const when of ["before", "after"] as const)
        for (const comesBack of [true, false]) for (const declinedFirst of [true, false]) runs.push({ at, when, comesBack, declinedFirst });
    expect(runs.length).toBeGreaterThanOrEqual(100);

    const crashed = new Set<string>();
    for (const run of runs) {
      const { home, bill, crashedAt, due } = await payThrough(run);
      const customer = `${run.comesBack ? "returns" : "leaves"}${run.declinedFirst ? " after a decline" : ""}`;
      const label = `crash ${run.when} call ${run.at} (${crashedAt ?? "none"}), customer ${customer}`;
      if (crashedAt) crashed.add(crashedAt);
      const charges = await chargesOf(kit, bill);
      const perAttempt = new Map<string, number>();
      for (const c of charges) perAttempt.set(c.metadata.paymentAttemptId!, (perAttempt.get(c.metadata.paymentAttemptId!) ?? 0) + 1);
      const ledger = await ledgerOf(home.billingAccountId, bill);
      const attempts = await testDb().paymentAttempt.findMany({ where: { billId: bill, status: "succeeded" } });

      expect(due, label).toBe(0);
      expect(
        [...perAttempt.values()].every((n) => n === 1),
        label,
      ).toBe(true);
      expect(charges, label).toHaveLength(1);
      expect(ledger.paidMinor, label).toBe(BigInt(charges[0]!.amount_received));
      expect(ledger.sumOfEntries, `${label}: debits = credits`).toBe(0n);
      expect(ledger.balance, `${label}: nothing owed`).toBe(0n);
      expect(attempts, label).toHaveLength(1);
    }
    // Every kind of step was hit: the start, Stripe's calls, the portal's records and the billing system.
    expect([...crashed]).toEqual(
      expect.arrayContaining(["payments.openAttempt", "stripe.checkout.sessions.create", "payments.attachCheckout", "billing.postPayment"]),
    );
  }, 600_000);
});
