// Saved cards (setup mode, autopay off-session charges), webhook retries and the state file, through the real SDK.
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Stripe from "stripe";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startStripeEmulator } from "./emulator";
import { type Kit, NOW, SECRET, paymentSession, startKit, submitCard } from "./test-kit";

let kit: Kit;
beforeAll(async () => (kit = await startKit()));
afterAll(() => kit.stop());

async function saveCard(stripe: Stripe, number: string) {
  const customer = await stripe.customers.create({ email: "jana@example.test", name: "Jana", metadata: { userId: "u1" } });
  const session = await stripe.checkout.sessions.create({
    mode: "setup",
    customer: customer.id,
    currency: "czk",
    success_url: "http://portal.test/autopay/saved",
    cancel_url: "http://portal.test/autopay",
    setup_intent_data: { metadata: { userId: "u1" } },
  });
  expect(await (await fetch(session.url!)).text()).toContain("Save a card");
  expect((await submitCard(session.url!, { number })).location).toBe("http://portal.test/autopay/saved");
  const done = await stripe.checkout.sessions.retrieve(session.id, { expand: ["setup_intent"] });
  const setupIntent = done.setup_intent as Stripe.SetupIntent;
  expect(setupIntent).toMatchObject({ status: "succeeded", customer: customer.id, metadata: { userId: "u1" } });
  return { customer, paymentMethod: setupIntent.payment_method as string, setupIntent };
}

describe("saved cards", () => {
  it("saves a card in setup mode, makes it the default, charges it off-session, then detaches it", async () => {
    const { customer, paymentMethod, setupIntent } = await saveCard(kit.stripe, "4242424242424242");
    await kit.receiver.waitFor((e) => e.type === "setup_intent.succeeded" && (e.data.object as { id: string }).id === setupIntent.id);
    const list = await kit.stripe.paymentMethods.list({ customer: customer.id, type: "card" });
    expect(list.data.map((pm) => pm.id)).toEqual([paymentMethod]);
    expect(list.data[0]!.card).toMatchObject({ brand: "visa", last4: "4242", exp_month: 12, exp_year: 2030 });
    await kit.stripe.customers.update(customer.id, { invoice_settings: { default_payment_method: paymentMethod } });
    const updated = (await kit.stripe.customers.retrieve(customer.id)) as Stripe.Customer;
    expect(updated.invoice_settings.default_payment_method).toBe(paymentMethod);

    const params = {
      amount: 59900,
      currency: "czk",
      customer: customer.id,
      payment_method: paymentMethod,
      confirm: true,
      off_session: true,
    };
    const pi = await kit.stripe.paymentIntents.create({ ...params, metadata: { billId: "bill_9" } }, { idempotencyKey: "autopay-bill_9" });
    expect(pi).toMatchObject({ status: "succeeded", amount_received: 59900, customer: customer.id });
    // A replay (a retried job) returns the same intent and charges nothing again.
    const replay = await kit.stripe.paymentIntents.create(
      { ...params, metadata: { billId: "bill_9" } },
      { idempotencyKey: "autopay-bill_9" },
    );
    expect(replay.id).toBe(pi.id);
    await kit.receiver.waitFor((e) => e.type === "payment_intent.succeeded" && (e.data.object as { id: string }).id === pi.id);
    await kit.receiver.settle();
    expect(kit.receiver.deliveries.filter((e) => e.type === "payment_intent.succeeded" && e.data.object.id === pi.id)).toHaveLength(1);

    expect((await kit.stripe.paymentMethods.detach(paymentMethod)).customer).toBeNull();
    expect((await kit.stripe.paymentMethods.list({ customer: customer.id, type: "card" })).data).toEqual([]);
  });

  it("saves the card of a payment made with setup_future_usage, creating the customer when none is given", async () => {
    const session = await paymentSession(kit.stripe, {
      customer_email: "new@example.test",
      payment_intent_data: { setup_future_usage: "off_session", metadata: { billId: "bill_2" } },
    });
    expect((await submitCard(session.url!, {})).status).toBe(303);
    const done = await kit.stripe.checkout.sessions.retrieve(session.id, { expand: ["payment_intent"] });
    const pi = done.payment_intent as Stripe.PaymentIntent;
    expect(done.customer).toMatch(/^cus_/);
    expect(pi.customer).toBe(done.customer);
    const saved = await kit.stripe.paymentMethods.list({ customer: done.customer as string, type: "card" });
    expect(saved.data.map((pm) => pm.id)).toEqual([pi.payment_method]);
  });

  it("declines an off-session charge of a saved 0002 card with a card error and a payment_failed event", async () => {
    const { customer, paymentMethod } = await saveCard(kit.stripe, "4000000000000002");
    const charge = kit.stripe.paymentIntents.create({
      amount: 59900,
      currency: "czk",
      customer: customer.id,
      payment_method: paymentMethod,
      confirm: true,
      off_session: true,
    });
    await expect(charge).rejects.toBeInstanceOf(Stripe.errors.StripeCardError);
    await expect(charge).rejects.toMatchObject({ code: "card_declined", decline_code: "generic_decline", statusCode: 402 });
    const [failed] = await kit.receiver.waitFor(
      (e) => e.type === "payment_intent.payment_failed" && e.data.object.customer === customer.id,
    );
    expect(failed!.data.object).toMatchObject({ status: "requires_payment_method", payment_method: paymentMethod });
  });
});

describe("webhook delivery and persistence", () => {
  it("retries a failing receiver until it answers 2xx, resending the same event", async () => {
    const flaky = await startKit((n) => (n < 2 ? 500 : 200));
    try {
      const customer = await flaky.stripe.customers.create({ email: "retry@example.test" });
      await flaky.stripe.customers.update(customer.id, { name: "Retry" });
      const deliveries = await flaky.receiver.waitFor((e) => e.type === "customer.updated", 3);
      expect(new Set(deliveries.map((e) => e.id)).size).toBe(1);
      await flaky.receiver.settle();
      expect(flaky.receiver.deliveries).toHaveLength(3);
    } finally {
      await flaky.stop();
    }
  });

  it("keeps every object across a restart when given a state file", async () => {
    const stateFile = join(mkdtempSync(join(tmpdir(), "stripe-emulator-")), "state.json");
    const options = { webhookSecret: SECRET, now: () => NOW, stateFile };
    const first = await startStripeEmulator(options);
    const client = (port: number) => new Stripe("sk_test_emulator", { host: "127.0.0.1", port, protocol: "http" });
    const customer = await client(first.port).customers.create({ email: "kept@example.test" });
    await first.stop();
    const second = await startStripeEmulator(options);
    try {
      expect(((await client(second.port).customers.retrieve(customer.id)) as Stripe.Customer).email).toBe("kept@example.test");
    } finally {
      await second.stop();
    }
  });
});
