// Drives the emulator with the real Stripe SDK and a webhook receiver that verifies every signature.
import Stripe from "stripe";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Kit, paymentSession, startKit, submitCard } from "./test-kit";

let kit: Kit;
beforeAll(async () => (kit = await startKit()));
afterAll(() => kit.stop());

const ofObject = (id: string, type: string) => (e: Stripe.Event) => e.type === type && (e.data.object as { id: string }).id === id;

describe("checkout in payment mode", () => {
  it("shows an accessible page, takes a 4242 card, completes the session and signs both events", async () => {
    const session = await paymentSession(kit.stripe);
    expect(session).toMatchObject({ object: "checkout.session", status: "open", payment_status: "unpaid", amount_total: 123400 });
    expect(session.id).toMatch(/^cs_test_/);
    const page = await (await fetch(session.url!)).text();
    expect(page).toContain('lang="en"');
    expect(page).toContain("Pay CZK 1,234.00");
    expect(page).toContain("Test mode");
    for (const label of ["Card number", "Expiry (MM / YY)", "CVC", "Name on card"])
      expect(page).toMatch(new RegExp(`<label for="\\w+">${label.replace(/[()/]/g, "\\$&")}</label>`));
    expect(page).toContain('href="http://portal.test/billing">Cancel</a>');
    expect(page).not.toContain("<script");

    const paid = await submitCard(session.url!, {});
    expect(paid).toMatchObject({ status: 303, location: `http://portal.test/billing/paid?session=${session.id}` });
    const done = await kit.stripe.checkout.sessions.retrieve(session.id, { expand: ["payment_intent.latest_charge"] });
    expect(done).toMatchObject({ status: "complete", payment_status: "paid" });
    const pi = done.payment_intent as Stripe.PaymentIntent;
    expect(pi).toMatchObject({ status: "succeeded", amount_received: 123400, metadata: { billId: "bill_1" } });
    expect((pi.latest_charge as Stripe.Charge).payment_method_details?.card?.last4).toBe("4242");
    await kit.receiver.waitFor(ofObject(pi.id, "payment_intent.succeeded"));
    const [completed] = await kit.receiver.waitFor(ofObject(session.id, "checkout.session.completed"));
    expect(completed).toMatchObject({ object: "event", livemode: false, api_version: Stripe.API_VERSION });
    expect(completed!.id).toMatch(/^evt_/);
    expect((await fetch(session.url!)).status).toBe(200);
  });

  it.each([
    ["4000 0000 0000 0002", "Your card was declined.", "generic_decline"],
    ["4000 0000 0000 9995", "Your card has insufficient funds.", "insufficient_funds"],
  ])("declines %s with a message, keeps the session open and succeeds on retry", async (number, message, declineCode) => {
    const session = await paymentSession(kit.stripe);
    const declined = await submitCard(session.url!, { number });
    expect(declined.status).toBe(402);
    expect(declined.html).toContain(`role="alert" class="alert">${message}</p>`);
    const open = await kit.stripe.checkout.sessions.retrieve(session.id);
    expect(open.status).toBe("open");
    const pi = await kit.stripe.paymentIntents.retrieve(open.payment_intent as string);
    expect(pi).toMatchObject({
      status: "requires_payment_method",
      last_payment_error: { code: "card_declined", decline_code: declineCode },
    });
    await kit.receiver.waitFor(ofObject(pi.id, "payment_intent.payment_failed"));

    expect((await submitCard(session.url!, { number: "5555 5555 5555 4444" })).status).toBe(303);
    const retried = await kit.stripe.paymentIntents.retrieve(pi.id, { expand: ["payment_method"] });
    expect(retried.status).toBe("succeeded");
    expect((retried.payment_method as Stripe.PaymentMethod).card?.brand).toBe("mastercard");
  });

  it("rejects an invalid number, a past expiry and empty fields without emitting anything", async () => {
    const session = await paymentSession(kit.stripe);
    // Earlier tests' events may still be in flight (delivery is asynchronous): count only once they have landed.
    await kit.receiver.settle();
    const before = kit.receiver.deliveries.length;
    expect(await submitCard(session.url!, { number: "4242 4242 4242 4241" })).toMatchObject({ status: 400 });
    const past = await submitCard(session.url!, { expiry: "02 / 26" });
    expect(past.status).toBe(400);
    expect(past.html).toContain("expiration date is in the past");
    const empty = await submitCard(session.url!, { cvc: "", name: "" });
    expect(empty.html).toContain('id="cvc-error"');
    expect(empty.html).toContain('id="name-error"');
    expect((await kit.stripe.checkout.sessions.retrieve(session.id)).payment_intent).toBeNull();
    await kit.receiver.settle();
    expect(kit.receiver.deliveries.length).toBe(before);
  });

  it("validates parameters and authentication like Stripe", async () => {
    await expect(kit.stripe.checkout.sessions.create({ mode: "payment", success_url: "http://x" })).rejects.toMatchObject({
      type: "StripeInvalidRequestError",
      param: "line_items",
    });
    await expect(kit.stripe.customers.retrieve("cus_missing")).rejects.toMatchObject({ code: "resource_missing", statusCode: 404 });
    const anonymous = await fetch(`${kit.emulator.url}/v1/customers/cus_x`);
    expect(anonymous.status).toBe(401);
    expect(((await anonymous.json()) as { error: { type: string } }).error.type).toBe("authentication_error");
  });

  it("expires an open session once", async () => {
    const session = await paymentSession(kit.stripe);
    expect((await kit.stripe.checkout.sessions.expire(session.id)).status).toBe("expired");
    await kit.receiver.waitFor(ofObject(session.id, "checkout.session.expired"));
    await expect(kit.stripe.checkout.sessions.expire(session.id)).rejects.toBeInstanceOf(Stripe.errors.StripeInvalidRequestError);
    expect(await (await fetch(`${kit.emulator.url}/checkout/${session.id}`)).text()).toContain("has expired");
  });
});

describe("idempotency and refunds", () => {
  it("replays a request with the same key and refuses the key for different parameters", async () => {
    const first = await paymentSession(kit.stripe, {}, { idempotencyKey: "bill_1-attempt-1" });
    const again = await paymentSession(kit.stripe, {}, { idempotencyKey: "bill_1-attempt-1" });
    expect(again.id).toBe(first.id);
    expect(again.lastResponse.headers["idempotent-replayed"]).toBe("true");
    const other = paymentSession(kit.stripe, { client_reference_id: "changed" }, { idempotencyKey: "bill_1-attempt-1" });
    await expect(other).rejects.toBeInstanceOf(Stripe.errors.StripeIdempotencyError);
    await expect(other).rejects.toThrow("Try using a key other than 'bill_1-attempt-1'");
  });

  it("refunds part, then the rest, then refuses to over-refund", async () => {
    const session = await paymentSession(kit.stripe);
    await submitCard(session.url!, {});
    const pi = (await kit.stripe.checkout.sessions.retrieve(session.id)).payment_intent as string;
    const part = await kit.stripe.refunds.create({ payment_intent: pi, amount: 23400, metadata: { reason: "goodwill" } });
    expect(part).toMatchObject({ object: "refund", amount: 23400, payment_intent: pi, status: "succeeded" });
    expect((await kit.stripe.refunds.create({ payment_intent: pi })).amount).toBe(100000);
    // Jittered delivery may reorder the two events: the later state is whichever says fully refunded.
    const refunds = await kit.receiver.waitFor(
      (e) => e.type === "charge.refunded" && (e.data.object as Stripe.Charge).payment_intent === pi,
      2,
    );
    expect(refunds.map((e) => (e.data.object as Stripe.Charge).amount_refunded).sort((a, b) => a - b)).toEqual([23400, 123400]);
    expect(refunds.find((e) => (e.data.object as Stripe.Charge).refunded)?.data.object).toMatchObject({ amount_refunded: 123400 });
    await expect(kit.stripe.refunds.create({ payment_intent: pi, amount: 1 })).rejects.toBeInstanceOf(
      Stripe.errors.StripeInvalidRequestError,
    );
    const charge = (await kit.stripe.paymentIntents.retrieve(pi)).latest_charge as string;
    const listed = await kit.stripe.refunds.list({ charge });
    expect(listed.data.map((r) => r.amount).sort((a, b) => a - b)).toEqual([23400, 100000]);
    expect((await kit.stripe.refunds.list({ payment_intent: pi })).data).toHaveLength(2);
    expect((await kit.stripe.refunds.list({ charge: "ch_other" })).data).toEqual([]);
  });
});

describe("listing payment intents", () => {
  it("pages newest first with starting_after and refuses a limit outside 1–100", async () => {
    const sessions = [await paymentSession(kit.stripe), await paymentSession(kit.stripe), await paymentSession(kit.stripe)];
    for (const s of sessions) await submitCard(s.url!, {});
    const paid = await Promise.all(sessions.map(async (s) => (await kit.stripe.checkout.sessions.retrieve(s.id)).payment_intent as string));
    const first = await kit.stripe.paymentIntents.list({ limit: 2 });
    expect(first.data.map((pi) => pi.id)).toEqual([paid[2], paid[1]]);
    expect(first.has_more).toBe(true);
    const next = await kit.stripe.paymentIntents.list({ limit: 2, starting_after: paid[1] });
    expect(next.data[0]?.id).toBe(paid[0]);
    await expect(kit.stripe.paymentIntents.list({ limit: 0 })).rejects.toBeInstanceOf(Stripe.errors.StripeInvalidRequestError);
    await expect(kit.stripe.paymentIntents.list({ starting_after: "pi_unknown" })).rejects.toThrow("No such object");
  });
});
