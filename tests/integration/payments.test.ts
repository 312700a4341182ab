// Paying a bill by card over the real router, database and the Stripe emulator: what reaches the bill's ledger, the
// payment and the payer's notices, once, however Stripe's webhooks and the customer's return come.
import Stripe from "stripe";
import { createTranslator } from "use-intl/core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { payments as paymentTexts } from "~/app/_i18n/messages/payments/en";
import { depsFor } from "~/server/container";
import { postPayment } from "~/server/gateways/billing/ledger";
import { partPaymentRange } from "~/server/modules/payments/payment-rules";
import { paymentsDeps } from "~/server/modules/payments/payment-deps";
import { renderReceiptPdf } from "~/server/modules/payments/receipt-pdf";
import { receiveStripeWebhook } from "~/server/modules/payments/use-cases/stripe-events";
import type { Translate } from "~/server/modules/statements/pdf/format";
import {
  buildWorld,
  callerAs,
  clientShape,
  createHousehold,
  issueBills,
  KIT_APP_URL,
  KIT_WEBHOOK_SECRET,
  kitClock,
  payOnCheckout,
  rejection,
  rejectionCode,
  startCards,
  testDb,
  uniq,
  type Caller,
  type CardKit,
  type World,
} from "~/tests/kit";

const clock = kitClock();
const nowSeconds = () => Math.floor(clock.now().getTime() / 1000);
const DECLINED = "4000 0000 0000 0002";
const INSUFFICIENT_FUNDS = "4000 0000 0000 9995";

let w: World;
/** Webhooks delivered as Stripe would. */
let kit: CardKit;
/** No webhooks: the portal learns only what it asks for, and a test's own deliveries are the only ones. */
let quiet: CardKit;

beforeAll(async () => {
  w = await buildWorld();
  kit = await startCards({ clock });
  quiet = await startCards({ clock, webhooks: false });
});
afterAll(async () => {
  await kit?.stop();
  await quiet?.stop();
});

/** A bill of its own: tests that pay or refund must not see each other's money. */
async function billedHousehold(cards: CardKit = kit) {
  const home = await createHousehold();
  const { bill } = await issueBills({ bill: home.billingAccountId });
  const caller = await callerAs(home, { cards: cards.cards, clock });
  const { remainingAmount } = await caller.bills.get({ billId: bill });
  const due = remainingAmount.amountMinor;
  expect(due, "the kit's bill has something to pay").toBeGreaterThan(0);
  return { home, bill, caller, due, currency: remainingAmount.currency };
}

const remaining = async (caller: Caller, billId: string) => (await caller.bills.get({ billId })).remainingAmount.amountMinor;
const attemptsOf = (billId: string) => testDb().paymentAttempt.findMany({ where: { billId }, orderBy: { createdAt: "asc" } });
const postingsOf = (billId: string, kind: "payment" | "refund" = "payment") =>
  testDb().ledgerPosting.findMany({ where: { billId, kind }, include: { entries: true } });
/** The kit's households start with a canned "payment received" notice (link /payments); a real one links the bill. */
const paidNotices = (userId: string, billId: string) =>
  testDb().notification.findMany({ where: { userId, kind: "payment.received", link: `/bills/${billId}` } });
const intentOf = async (paymentId: string) =>
  (await testDb().paymentAttempt.findUniqueOrThrow({ where: { id: paymentId } })).paymentIntentId;

/** The kit's answers since `from`: anything but 200 is an event Stripe would keep retrying because the portal failed it. */
const answersSince = (from: number) => kit.answers.slice(from);

async function paidInFull(cards: CardKit = kit) {
  const household = await billedHousehold(cards);
  const { paymentId, checkoutUrl } = await household.caller.payments.start({ billId: household.bill });
  expect((await payOnCheckout(checkoutUrl)).status).toBe(303);
  if (cards === kit) await kit.settle();
  else await household.caller.payments.returned({ paymentId });
  expect(await remaining(household.caller, household.bill)).toBe(0);
  return { ...household, paymentId };
}

describe("paying a bill in full", () => {
  it("books the payment from the webhook: nothing left due, the card on the payment, one posting, one notice", async () => {
    const answered = kit.answers.length;
    const anna = await callerAs(w.subscriber, { cards: kit.cards, clock });
    const billId = w.bills.subscriber;
    const bill = await anna.bills.get({ billId });
    const due = bill.remainingAmount;
    expect(due.amountMinor).toBeGreaterThan(0);

    const { paymentId, checkoutUrl } = await anna.payments.start({ billId });
    expect(checkoutUrl).toMatch(/\/checkout\/cs_test_/);
    const processing = await anna.payments.get({ paymentId });
    expect(processing).toMatchObject({
      state: "processing",
      amount: due,
      card: null,
      paidAt: null,
      bill: { id: billId, number: bill.billNo },
    });

    const page = await payOnCheckout(checkoutUrl);
    expect(page.status).toBe(303);
    expect(page.location).toBe(`${KIT_APP_URL}/bills/${billId}?payment=${paymentId}`);
    await kit.settle();

    expect(await remaining(anna, billId)).toBe(0);
    expect((await anna.bills.get({ billId })).state).toBe("paid");
    const paid = await anna.payments.get({ paymentId });
    expect(paid).toMatchObject({
      state: "succeeded",
      amount: due,
      refunded: { amountMinor: 0, currency: due.currency },
      card: { brand: "visa", last4: "4242" },
      declineCode: null,
      paidAt: clock.now(),
    });

    const intent = await intentOf(paymentId);
    expect(intent).toMatch(/^pi_/);
    const postings = await postingsOf(billId);
    expect(postings.map((p) => p.idempotencyKey)).toEqual([`payment:${intent}`]);
    const receivable = postings[0]!.entries.find((e) => e.account === "receivable")!;
    expect(receivable).toMatchObject({ billId, amountMinor: BigInt(-due.amountMinor) });

    const notices = await paidNotices(w.subscriber.userId, billId);
    expect(notices).toHaveLength(1);
    expect(notices[0]!).toMatchObject({
      customerId: w.subscriber.customerId,
      data: { amount: `${(due.amountMinor / 100).toFixed(2)} ${due.currency}` },
    });

    expect((await anna.payments.list({ billId, pageSize: 10 })).items.map((p) => p.id)).toEqual([paymentId]);
    expect(answersSince(answered).length, "Stripe sent its events").toBeGreaterThan(0);
    expect(answersSince(answered).filter((s) => s !== 200)).toEqual([]);
  });

  it("is refused when the bill has nothing left to pay, without making an attempt", async () => {
    const { home, bill, caller, due } = await billedHousehold();
    // Paid another way (a bank transfer) before the customer pressed Pay.
    await postPayment(testDb(), {
      billingAccountId: home.billingAccountId,
      billId: bill,
      amountMinor: BigInt(due),
      reference: `bank-${uniq()}`,
    });
    const error = await rejection(caller.payments.start({ billId: bill }));
    expect(error.code).toBe("PRECONDITION_FAILED");
    expect(clientShape(error, "payments.start", "mutation").data.domainCode).toBe("INVALID_STATE");
    expect(await attemptsOf(bill)).toEqual([]);
  });

  it("is refused again once the card payment has paid it all", async () => {
    const { bill, caller } = await paidInFull();
    expect(await rejectionCode(caller.payments.start({ billId: bill }))).toBe("PRECONDITION_FAILED");
    expect(await attemptsOf(bill)).toHaveLength(1);
  });

  it("says card payments are unavailable when Stripe is not configured", async () => {
    const { home, bill } = await billedHousehold();
    const offline = await callerAs(home, { clock });
    expect(await rejectionCode(offline.payments.start({ billId: bill }))).toBe("SERVICE_UNAVAILABLE");
    expect(await attemptsOf(bill)).toEqual([]);
  });
});

describe("paying a part", () => {
  it("charges a part within the range, leaves the rest due, and the rest can be paid whole", async () => {
    const { bill, caller, due, currency } = await billedHousehold();
    const range = partPaymentRange(due, currency)!;
    const part = range.minMinor + 150;
    const { paymentId, checkoutUrl } = await caller.payments.start({ billId: bill, amountMinor: part });
    expect((await payOnCheckout(checkoutUrl)).status).toBe(303);
    await kit.settle();
    expect(await remaining(caller, bill)).toBe(due - part);
    expect(await caller.payments.get({ paymentId })).toMatchObject({ state: "succeeded", amount: { amountMinor: part } });
    expect((await postingsOf(bill)).map((p) => p.entries.find((e) => e.account === "cash")!.amountMinor)).toEqual([BigInt(part)]);

    const rest = await caller.payments.start({ billId: bill });
    expect(rest.paymentId).not.toBe(paymentId);
    expect((await caller.payments.get({ paymentId: rest.paymentId })).amount.amountMinor).toBe(due - part);
    expect((await payOnCheckout(rest.checkoutUrl)).status).toBe(303);
    await kit.settle();
    expect(await remaining(caller, bill)).toBe(0);
    expect(await postingsOf(bill)).toHaveLength(2);
  });

  it("refuses a part below the minimum or above what is due (BAD_REQUEST on amountMinor), making no attempt", async () => {
    const { bill, caller, due, currency } = await billedHousehold();
    const range = partPaymentRange(due, currency)!;
    expect(range.minMinor).toBeGreaterThan(1);
    for (const amountMinor of [range.minMinor - 1, due + 1, 1]) {
      const error = await rejection(caller.payments.start({ billId: bill, amountMinor }));
      expect(error.code, String(amountMinor)).toBe("BAD_REQUEST");
      expect(clientShape(error, "payments.start", "mutation").data.fields).toEqual(["amountMinor"]);
    }
    for (const amountMinor of [0, -100, 12.5])
      expect(await rejectionCode(caller.payments.start({ billId: bill, amountMinor }))).toBe("BAD_REQUEST");
    expect(await attemptsOf(bill)).toEqual([]);
    expect(await remaining(caller, bill)).toBe(due);
  });
});

describe("one checkout at a time per bill", () => {
  it("gives the same checkout while it is open, to repeated and to simultaneous clicks", async () => {
    const { bill, caller } = await billedHousehold();
    const first = await caller.payments.start({ billId: bill });
    expect(await caller.payments.start({ billId: bill })).toEqual(first);
    const clicks = await Promise.all(Array.from({ length: 5 }, () => caller.payments.start({ billId: bill })));
    expect(clicks).toEqual(Array.from({ length: 5 }, () => first));
    expect((await attemptsOf(bill)).map((a) => a.status)).toEqual(["open"]);
  });

  it("replaces the open checkout when another amount is asked: the old one expires and cannot be paid", async () => {
    const { bill, caller, due, currency } = await billedHousehold();
    const whole = await caller.payments.start({ billId: bill });
    const part = partPaymentRange(due, currency)!.minMinor;
    const partial = await caller.payments.start({ billId: bill, amountMinor: part });
    expect(partial.paymentId).not.toBe(whole.paymentId);
    expect(partial.checkoutUrl).not.toBe(whole.checkoutUrl);
    await kit.settle();

    expect((await attemptsOf(bill)).map((a) => [a.id, a.status])).toEqual([
      [whole.paymentId, "expired"],
      [partial.paymentId, "open"],
    ]);
    expect((await caller.payments.get({ paymentId: whole.paymentId })).state).toBe("cancelled");
    const stale = await testDb().paymentAttempt.findUniqueOrThrow({ where: { id: whole.paymentId } });
    expect((await kit.cards.stripe!.checkout.sessions.retrieve(stale.checkoutSessionId!)).status, "expired at Stripe too").toBe("expired");
    expect((await payOnCheckout(whole.checkoutUrl)).status, "the old page no longer takes a card").toBe(409);

    expect((await payOnCheckout(partial.checkoutUrl)).status).toBe(303);
    await kit.settle();
    expect(await remaining(caller, bill)).toBe(due - part);
    expect(await postingsOf(bill)).toHaveLength(1);
    expect((await caller.payments.get({ paymentId: whole.paymentId })).state).toBe("cancelled");
  });
});

describe("a declined card", () => {
  it("posts nothing and says why; another card on the same checkout then pays", async () => {
    const { home, bill, caller, due } = await billedHousehold();
    const { paymentId, checkoutUrl } = await caller.payments.start({ billId: bill });

    expect((await payOnCheckout(checkoutUrl, DECLINED)).status).toBe(402);
    await kit.settle();
    expect(await caller.payments.get({ paymentId })).toMatchObject({ state: "processing", declineCode: "generic_decline", card: null });
    expect(await remaining(caller, bill)).toBe(due);
    expect(await postingsOf(bill)).toEqual([]);
    expect(await paidNotices(home.userId, bill)).toEqual([]);

    expect((await payOnCheckout(checkoutUrl, INSUFFICIENT_FUNDS)).status).toBe(402);
    await kit.settle();
    expect((await caller.payments.get({ paymentId })).declineCode).toBe("insufficient_funds");

    expect((await payOnCheckout(checkoutUrl)).status).toBe(303);
    await kit.settle();
    expect(await caller.payments.get({ paymentId })).toMatchObject({ state: "succeeded", declineCode: null, card: { last4: "4242" } });
    expect(await remaining(caller, bill)).toBe(0);
    expect(await postingsOf(bill)).toHaveLength(1);
    expect(await paidNotices(home.userId, bill)).toHaveLength(1);
  });
});

describe("back from checkout before any webhook", () => {
  it("books the payment when the customer returns, once however often the return is called", async () => {
    const { home, bill, caller } = await billedHousehold(quiet);
    const { paymentId, checkoutUrl } = await caller.payments.start({ billId: bill });
    expect((await payOnCheckout(checkoutUrl)).status).toBe(303);
    expect((await caller.payments.get({ paymentId })).state, "no webhook came").toBe("processing");

    const back = await caller.payments.returned({ paymentId });
    expect(back).toMatchObject({ state: "succeeded", card: { brand: "visa", last4: "4242" } });
    expect(await remaining(caller, bill)).toBe(0);

    await caller.payments.returned({ paymentId });
    await Promise.all(Array.from({ length: 5 }, () => caller.payments.returned({ paymentId })));
    expect(await postingsOf(bill)).toHaveLength(1);
    expect(await paidNotices(home.userId, bill)).toHaveLength(1);
    expect(await remaining(caller, bill)).toBe(0);
  });

  it("tells why a card was declined when the customer comes back without paying", async () => {
    const { bill, caller, due } = await billedHousehold(quiet);
    const { paymentId, checkoutUrl } = await caller.payments.start({ billId: bill });
    expect((await payOnCheckout(checkoutUrl, INSUFFICIENT_FUNDS)).status).toBe(402);
    expect(await caller.payments.returned({ paymentId })).toMatchObject({ state: "processing", declineCode: "insufficient_funds" });
    expect(await remaining(caller, bill)).toBe(due);
    expect(await postingsOf(bill)).toEqual([]);
  });
});

describe("webhook deliveries", () => {
  const deliver = (payload: string, signature: string | null) =>
    receiveStripeWebhook(paymentsDeps(depsFor(testDb(), clock, quiet.cards)), payload, signature);
  const sign = (payload: string, timestamp = nowSeconds(), secret = KIT_WEBHOOK_SECRET) =>
    Stripe.webhooks.generateTestHeaderString({ payload, secret, timestamp });
  const eventOf = (type: string, object: unknown) =>
    JSON.stringify({
      id: `evt_kit_${uniq()}`,
      object: "event",
      api_version: Stripe.API_VERSION,
      created: nowSeconds(),
      livemode: false,
      pending_webhooks: 1,
      type,
      data: { object },
    });

  /** Paid at Stripe, not yet known to the portal (the quiet kit sends nothing). */
  async function paidUnbooked() {
    const household = await billedHousehold(quiet);
    const { paymentId, checkoutUrl } = await household.caller.payments.start({ billId: household.bill });
    expect((await payOnCheckout(checkoutUrl)).status).toBe(303);
    const attempt = await testDb().paymentAttempt.findUniqueOrThrow({ where: { id: paymentId } });
    const session = await quiet.cards.stripe!.checkout.sessions.retrieve(attempt.checkoutSessionId!);
    const intent = await quiet.cards.stripe!.paymentIntents.retrieve(session.payment_intent as string);
    return { ...household, paymentId, session, intent };
  }

  it("applies one event delivered 20 times at once exactly once", async () => {
    const { home, bill, caller, paymentId, session, intent } = await paidUnbooked();
    const payload = eventOf("payment_intent.succeeded", intent);
    const eventId = (JSON.parse(payload) as { id: string }).id;

    const answers = await Promise.all(Array.from({ length: 20 }, () => deliver(payload, sign(payload))));
    expect(answers.map((a) => a.status)).toEqual(Array.from({ length: 20 }, () => 200));
    expect(await remaining(caller, bill)).toBe(0);
    expect((await postingsOf(bill)).map((p) => p.idempotencyKey)).toEqual([`payment:${intent.id}`]);
    expect(await paidNotices(home.userId, bill)).toHaveLength(1);
    expect(await testDb().paymentEvent.findMany({ where: { id: eventId } })).toHaveLength(1);
    expect((await caller.payments.get({ paymentId })).state).toBe("succeeded");

    // Days later Stripe retries it, and sends the session's own event for the same money.
    expect(await deliver(payload, sign(payload))).toEqual({ status: 200, body: "already applied" });
    const completed = eventOf("checkout.session.completed", session);
    expect((await deliver(completed, sign(completed))).status).toBe(200);
    expect(await postingsOf(bill)).toHaveLength(1);
    expect(await paidNotices(home.userId, bill)).toHaveLength(1);
  });

  it("refuses a bad, missing or stale signature with 400 and changes nothing", async () => {
    const { home, bill, caller, paymentId, intent, due } = await paidUnbooked();
    const payload = eventOf("payment_intent.succeeded", intent);
    const eventId = (JSON.parse(payload) as { id: string }).id;
    const tampered = payload.replace(`"amount":${due}`, `"amount":${due * 10}`);
    expect(tampered).not.toBe(payload);

    const refused = [
      await deliver(payload, sign(payload, nowSeconds(), "whsec_someone_else")),
      await deliver(tampered, sign(payload)),
      await deliver(payload, null),
      await deliver(payload, "t=1,v1=deadbeef"),
      // Older than Stripe's 300 s tolerance by the portal's clock, not the wall clock.
      await deliver(payload, sign(payload, nowSeconds() - 301)),
    ];
    expect(refused.map((a) => a.status)).toEqual([400, 400, 400, 400, 400]);
    expect(await testDb().paymentEvent.count({ where: { id: eventId } })).toBe(0);
    expect((await caller.payments.get({ paymentId })).state).toBe("processing");
    expect(await remaining(caller, bill)).toBe(due);
    expect(await postingsOf(bill)).toEqual([]);
    expect(await paidNotices(home.userId, bill)).toEqual([]);

    // At the edge of the tolerance the same event is still taken.
    expect(await deliver(payload, sign(payload, nowSeconds() - 300))).toEqual({ status: 200, body: "applied" });
    expect(await remaining(caller, bill)).toBe(0);
  });

  it("answers 200 to an event that is none of the portal's, and records it so a replay is not looked at again", async () => {
    const payload = eventOf("payment_intent.succeeded", { id: `pi_other_${uniq()}`, object: "payment_intent", metadata: {} });
    const eventId = (JSON.parse(payload) as { id: string }).id;
    expect(await deliver(payload, sign(payload))).toEqual({ status: 200, body: "ignored" });
    expect(await deliver(payload, sign(payload))).toEqual({ status: 200, body: "already applied" });
    expect(await testDb().paymentEvent.count({ where: { id: eventId } })).toBe(1);
  });
});

describe("refunds", () => {
  it("follows refunds made at Stripe: partly refunded, then refunded, the bill owing each refund again", async () => {
    const answered = kit.answers.length;
    const { bill, caller, due, currency, paymentId } = await paidInFull();
    const intent = (await intentOf(paymentId))!;
    const stripe = kit.cards.stripe!;

    await stripe.refunds.create({ payment_intent: intent, amount: 2_000 });
    await kit.settle();
    expect(await caller.payments.get({ paymentId })).toMatchObject({
      state: "partially_refunded",
      amount: { amountMinor: due },
      refunded: { amountMinor: 2_000, currency },
    });
    expect(await remaining(caller, bill)).toBe(2_000);

    // Two refunds in quick succession: their events may arrive in either order, each counted once.
    await stripe.refunds.create({ payment_intent: intent, amount: 500 });
    await stripe.refunds.create({ payment_intent: intent, amount: 700 });
    await kit.settle();
    expect((await caller.payments.get({ paymentId })).refunded.amountMinor).toBe(3_200);
    expect(await remaining(caller, bill)).toBe(3_200);

    await stripe.refunds.create({ payment_intent: intent });
    await kit.settle();
    expect(await caller.payments.get({ paymentId })).toMatchObject({ state: "refunded", refunded: { amountMinor: due } });
    expect(await remaining(caller, bill)).toBe(due);
    const refunds = await postingsOf(bill, "refund");
    expect(refunds).toHaveLength(4);
    expect(refunds.map((p) => p.entries.find((e) => e.account === "receivable")!.amountMinor).reduce((a, b) => a + b, 0n)).toBe(
      BigInt(due),
    );
    expect(await postingsOf(bill)).toHaveLength(1);
    expect(answersSince(answered).filter((s) => s !== 200)).toEqual([]);
  });
});

describe("who may pay", () => {
  it("is the bill's holder: a sub-user and staff are FORBIDDEN, another customer's bill is NOT_FOUND", async () => {
    const sub = await callerAs(w.subUser, { cards: kit.cards, clock });
    expect(await rejectionCode(sub.payments.start({ billId: w.bills.acmeField }))).toBe("FORBIDDEN");
    const agent = await callerAs(w.billingAgent, { cards: kit.cards, clock });
    expect(await rejectionCode(agent.payments.start({ billId: w.bills.slaClient }))).toBe("FORBIDDEN");
    const admin = await callerAs(w.entAdmin, { cards: kit.cards, clock });
    expect(await rejectionCode(admin.payments.start({ billId: w.bills.slaClient }))).toBe("NOT_FOUND");
    // The dual member's company bill is not the household's, whoever the person is.
    const dualAtHome = await callerAs(w.dual, { cards: kit.cards, clock });
    expect(await rejectionCode(dualAtHome.payments.start({ billId: w.bills.dualCompany }))).toBe("NOT_FOUND");
    for (const billId of [w.bills.acmeField, w.bills.slaClient, w.bills.dualCompany]) expect(await attemptsOf(billId)).toEqual([]);
  });
});

describe("the receipt", () => {
  const t: Translate = (() => {
    const translate = createTranslator({ locale: "en", messages: { payments: paymentTexts }, namespace: "payments" });
    return (key, values) => (translate as unknown as Translate)(key, values);
  })();

  it("is a PDF of the payment: amount, bill, card", async () => {
    const { caller, paymentId } = await paidInFull(quiet);
    const payment = await caller.payments.get({ paymentId });
    const pdf = await renderReceiptPdf(payment, t, "en", { compress: false });
    expect(pdf.subarray(0, 5).toString("latin1")).toBe("%PDF-");
    const text = pdfText(pdf);
    const amount = new Intl.NumberFormat("en", { minimumFractionDigits: 2 }).format(payment.amount.amountMinor / 100);
    expect(text).toContain(amount);
    expect(text).toContain(payment.bill.number);
    expect(text).toContain("Visa ending 4242");
    expect(text).toContain(paymentId);
  });

  it("is not made for a payment still processing", async () => {
    const { bill, caller } = await billedHousehold();
    const { paymentId } = await caller.payments.start({ billId: bill });
    const payment = await caller.payments.get({ paymentId });
    expect(payment.state).toBe("processing");
    await expect(renderReceiptPdf(payment, t, "en", { compress: false })).rejects.toThrow(/receipt/);
  });
});

/**
 * The text of an uncompressed pdfkit PDF. Text is drawn as glyph ids of subset fonts, so each run is mapped back
 * through the ToUnicode table of the font selected for it (the page's /Font resources name the font objects).
 */
function pdfText(pdf: Buffer): string {
  const raw = pdf.toString("latin1");
  const objects = new Map([...raw.matchAll(/(\d+) 0 obj\s*([\s\S]*?)endobj/g)].map((m) => [m[1]!, m[2]!]));
  const hex = (h: string) => h.match(/.{4}/g) ?? [];
  const unicodeOf = (cmapId: string) => {
    const map = new Map<string, string>();
    const cmap = objects.get(cmapId) ?? "";
    for (const [, body] of cmap.matchAll(/beginbfrange([\s\S]*?)endbfrange/g))
      for (const [, start, list] of body!.matchAll(/<([0-9a-f]+)> <[0-9a-f]+> \[([^\]]*)\]/gi))
        [...list!.matchAll(/<([0-9a-f ]+)>/gi)].forEach((u, i) =>
          map.set(
            (parseInt(start!, 16) + i).toString(16).padStart(4, "0"),
            String.fromCodePoint(...u[1]!.split(" ").map((c) => parseInt(c, 16))),
          ),
        );
    return map;
  };
  const fonts = new Map<string, Map<string, string>>();
  for (const [, list] of raw.matchAll(/\/Font\s*<<([^>]*)>>/g))
    for (const [, name, id] of list!.matchAll(/\/(\S+) (\d+) 0 R/g)) {
      const cmapId = /\/ToUnicode (\d+) 0 R/.exec(objects.get(id!) ?? "")?.[1];
      if (cmapId) fonts.set(name!, unicodeOf(cmapId));
    }
  const lines: string[] = [];
  let font = new Map<string, string>();
  for (const [, name, run] of raw.matchAll(/\/(\S+) [\d.]+ Tf|\[((?:<[0-9a-f]*>|[\s\d.-])*)\] TJ/gi)) {
    if (name) font = fonts.get(name) ?? new Map();
    else lines.push([...run!.matchAll(/<([0-9a-f]*)>/gi)].flatMap((m) => hex(m[1]!).map((g) => font.get(g.toLowerCase()) ?? "?")).join(""));
  }
  return lines.join("\n");
}
