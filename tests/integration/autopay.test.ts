// Saved cards and autopay over the real router, database and the Stripe emulator: a bill issued with autopay on is
// announced, then charged off-session once to the default card; a refused card tells the holder; switching off or
// paying another way first charges nothing.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { depsFor } from "~/server/container";
import { fixedClock } from "~/server/lib/clock";
import { billCycle } from "~/server/jobs/bill-cycle";
import { ensureBillingCatalogue } from "~/server/gateways/billing/tariff-catalogue";
import { cardsDeps } from "~/server/modules/payments/payment-deps";
import { chargeDueAutopay } from "~/server/modules/payments/use-cases/autopay";
import { callerAs, cardHolder, createHousehold, rejectionCode, payOnCheckout, startCards, testDb, type CardKit } from "~/tests/kit";

const ISSUED = new Date("2026-12-01T02:00:00Z");
let kit: CardKit;

beforeAll(async () => {
  await testDb().$transaction((tx) => ensureBillingCatalogue(tx));
  kit = await startCards({ clock: fixedClock(ISSUED) });
});
afterAll(() => kit?.stop());

/** A household with a saved card (the given test card number) and, unless told otherwise, autopay on. */
const household = (card = "4242 4242 4242 4242", autopay = true) => cardHolder(kit, { card, autopay, clock: fixedClock(ISSUED) });

const chargeAt = (at: Date) => chargeDueAutopay(cardsDeps(depsFor(testDb(), fixedClock(at), kit.cards)));
const runOf = (billingAccountId: string) => testDb().autopayCharge.findFirstOrThrow({ where: { billingAccountId } });
const notices = (userId: string, kind: string) => testDb().notification.findMany({ where: { userId, kind } });
const postingsOf = (billId: string) => testDb().ledgerPosting.findMany({ where: { billId, kind: "payment" } });

describe("saved cards", () => {
  it("saves a card through the setup checkout, lists it as the default, and removing the last one turns autopay off", async () => {
    const { home, caller } = await household();
    const view = await caller.cards.list();
    expect(view.cards).toMatchObject([{ brand: "visa", last4: "4242", expMonth: 12, expYear: 2030, isDefault: true }]);
    expect(view.autopay).toEqual([expect.objectContaining({ billingAccountId: home.billingAccountId, enabled: true })]);
    const after = await caller.cards.remove({ paymentMethodId: view.cards[0]!.id });
    expect(after.cards).toEqual([]);
    expect(after.autopay[0]!.enabled).toBe(false);
  });

  it("makes another card the default; autopay cannot be turned on without a card", async () => {
    const { caller } = await household("5555 5555 5555 4444", false);
    const { checkoutUrl } = await caller.cards.add();
    await payOnCheckout(checkoutUrl, "4242 4242 4242 4242");
    const both = (await caller.cards.list()).cards;
    const other = both.find((c) => !c.isDefault)!;
    expect((await caller.cards.setDefault({ paymentMethodId: other.id })).cards.find((c) => c.isDefault)?.id).toBe(other.id);

    const bare = await createHousehold();
    const bareCaller = await callerAs(bare, { cards: kit.cards, clock: fixedClock(ISSUED) });
    expect(await rejectionCode(bareCaller.cards.setAutopay({ billingAccountId: bare.billingAccountId, enabled: true }))).toBe(
      "PRECONDITION_FAILED",
    );
    expect(await testDb().autopaySetting.count({ where: { billingAccountId: bare.billingAccountId } })).toBe(0);
  });
});

describe("autopay", () => {
  it("announces a new bill, charges it once when due, and books it once however often the job runs", async () => {
    const { home, caller } = await household();
    const receivedBefore = (await notices(home.userId, "payment.received")).length; // the kit's household has one
    await billCycle(testDb(), ISSUED, [home.billingAccountId]);
    const run = await runOf(home.billingAccountId);
    expect(run).toMatchObject({ status: "scheduled", chargeAt: new Date("2026-12-04T06:00:00Z") });
    expect(await notices(home.userId, "payment.autopay")).toEqual([
      expect.objectContaining({ data: expect.objectContaining({ outcome: "scheduled", date: "4 Dec 2026" }) }),
    ]);

    expect(await chargeAt(new Date("2026-12-04T05:59:00Z"))).toEqual({ charged: 0, failed: 0, skipped: 0 });
    const results = await Promise.all([chargeAt(run.chargeAt), chargeAt(run.chargeAt)]);
    expect(results.reduce((n, r) => n + r.charged, 0)).toBe(1);
    await kit.settle(); // the payment_intent.succeeded webhook arrives too, and changes nothing
    expect(await postingsOf(run.billId)).toHaveLength(1);
    expect((await caller.bills.get({ billId: run.billId })).remainingAmount.amountMinor).toBe(0);
    expect(await runOf(home.billingAccountId)).toMatchObject({ status: "charged", cardLast4: "4242" });
    expect(await notices(home.userId, "payment.received")).toHaveLength(receivedBefore + 1);
  });

  it("a refused card tells the holder to pay by the due date, and the bill stays due", async () => {
    const { home, caller } = await household("4000 0000 0000 9995");
    await billCycle(testDb(), ISSUED, [home.billingAccountId]);
    const run = await runOf(home.billingAccountId);
    expect(await chargeAt(run.chargeAt)).toMatchObject({ failed: 1 });
    expect(await runOf(home.billingAccountId)).toMatchObject({ status: "failed", failureCode: "insufficient_funds" });
    expect(await postingsOf(run.billId)).toEqual([]);
    expect((await caller.bills.get({ billId: run.billId })).remainingAmount.amountMinor).toBe(Number(run.amountMinor));
    const [failed] = (await notices(home.userId, "payment.autopay")).filter((n) => (n.data as { outcome: string }).outcome === "failed");
    expect(failed).toBeDefined();
    expect(await chargeAt(run.chargeAt)).toEqual({ charged: 0, failed: 0, skipped: 0 });
  });

  it("switched off before the day, or with autopay off when the bill is issued, nothing is charged", async () => {
    const { home, caller } = await household();
    await billCycle(testDb(), ISSUED, [home.billingAccountId]);
    await caller.cards.setAutopay({ billingAccountId: home.billingAccountId, enabled: false });
    const run = await runOf(home.billingAccountId);
    expect(await chargeAt(run.chargeAt)).toMatchObject({ skipped: 1, charged: 0 });
    expect(await postingsOf(run.billId)).toEqual([]);

    const off = await household("4242 4242 4242 4242", false);
    await billCycle(testDb(), ISSUED, [off.home.billingAccountId]);
    expect(await testDb().autopayCharge.count({ where: { billingAccountId: off.home.billingAccountId } })).toBe(0);
    expect(await notices(off.home.userId, "payment.autopay")).toEqual([]);
  });
});
