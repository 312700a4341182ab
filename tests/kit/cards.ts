// Card payments in tests: the Stripe emulator in-process on the kit's clock, its webhooks delivered over HTTP to
// the portal's own webhook use case (receiveStripeWebhook), as Stripe delivers them to /api/webhooks/stripe.
import { createServer, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { startStripeEmulator } from "~/scripts/stripe-emulator/emulator";
import { depsFor, type CardPayments } from "~/server/container";
import type { Db } from "~/server/db/client";
import type { Clock } from "~/server/lib/clock";
import { createStripe } from "~/server/lib/stripe";
import { paymentsDeps } from "~/server/modules/payments/payment-deps";
import type { PaymentsDeps } from "~/server/modules/payments/payments.service";
import { receiveStripeWebhook } from "~/server/modules/payments/use-cases/stripe-events";
import { callerAs, kitClock } from "./caller";
import { testDb } from "./db";
import { createHousehold } from "./world";

export const KIT_WEBHOOK_SECRET = "whsec_kit_webhook_secret_0123456789";
export const KIT_APP_URL = "http://portal.test";

export type CardKit = {
  cards: CardPayments;
  /** The HTTP status the portal answered to each webhook delivery, in arrival order. */
  answers: number[];
  /** Resolves once every webhook emitted so far was delivered (or given up on after the kit's retries). */
  settle(): Promise<void>;
  /** Deliveries wait at the portal's door until the returned release is called (release before settle). */
  hold(): () => void;
  stop(): Promise<void>;
};

type CardKitOptions = {
  clock?: Clock;
  db?: Db;
  /** false leaves the portal to learn of payments only when it asks (the customer's return). */
  webhooks?: boolean;
  /** What the webhook endpoint works with, changed (a crash-safety test makes it fail at a chosen step). */
  wrapDeps?: (deps: PaymentsDeps) => PaymentsDeps;
};

export async function startCards(opts: CardKitOptions = {}): Promise<CardKit> {
  const clock = opts.clock ?? kitClock();
  const answers: number[] = [];
  let cards: CardPayments | null = null;
  let gate: Promise<void> | null = null;
  /** Applies one delivery as the webhook route does, under the test's wrapped deps when it gave some. */
  const deliver = (raw: string, signature: string | string[] | undefined, res: ServerResponse) => {
    const plain = paymentsDeps(depsFor(opts.db ?? testDb(), clock, cards!));
    const deps = opts.wrapDeps ? opts.wrapDeps(plain) : plain;
    receiveStripeWebhook(deps, raw, typeof signature === "string" ? signature : null)
      .then(({ status, body }) => (answers.push(status), res.writeHead(status).end(body)))
      .catch((error: unknown) => (answers.push(500), res.writeHead(500).end(String(error))));
  };
  const receiver = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => {
      const body = Buffer.concat(chunks).toString("utf8");
      void (gate ?? Promise.resolve()).then(() => deliver(body, req.headers["stripe-signature"], res));
    });
  });
  await new Promise<void>((resolve) => receiver.listen(0, "127.0.0.1", resolve));
  const webhookUrl = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/api/webhooks/stripe`;
  const emulator = await startStripeEmulator({
    webhookUrl: opts.webhooks === false ? undefined : webhookUrl,
    webhookSecret: KIT_WEBHOOK_SECRET,
    now: () => clock.now(),
    delivery: { retryBaseMs: 10, jitterMs: 5, maxAttempts: 5 },
  });
  cards = { stripe: createStripe({ emulatorUrl: emulator.url }), webhookSecret: KIT_WEBHOOK_SECRET, appUrl: KIT_APP_URL };
  // Every webhook emitted so far answered (or given up on), then a moment for a retry the last answer scheduled.
  const settle = async () => {
    await emulator.settled();
    await new Promise((r) => setTimeout(r, 20));
    await emulator.settled();
  };
  const stop = async () => {
    await emulator.stop();
    receiver.closeAllConnections();
    await new Promise<void>((resolve) => receiver.close(() => resolve()));
  };
  const hold = () => {
    let open = () => {};
    gate = new Promise<void>((resolve) => (open = resolve));
    return () => {
      gate = null;
      open();
    };
  };
  return { cards, answers, settle, hold, stop };
}

/** Fills in and submits the hosted checkout page as a browser would; the redirect it answers with, not followed. */
export async function payOnCheckout(checkoutUrl: string, card = "4242 4242 4242 4242") {
  const form = { number: card, expiry: "12 / 30", cvc: "123", name: "Kit Payer" };
  const res = await fetch(checkoutUrl, { method: "POST", body: new URLSearchParams(form), redirect: "manual" });
  return { status: res.status, location: res.headers.get("location"), html: await res.text() };
}

/** A household with a saved card (a test card number) and, unless told otherwise, autopay on its account. */
export async function cardHolder(kit: CardKit, opts: { card?: string; autopay?: boolean; clock?: Clock } = {}) {
  const home = await createHousehold();
  const caller = await callerAs(home, { cards: kit.cards, clock: opts.clock });
  const { checkoutUrl } = await caller.cards.add();
  const saved = await payOnCheckout(checkoutUrl, opts.card);
  if (saved.status !== 303) throw new Error(`the setup checkout did not save the card (${saved.status})`);
  if (opts.autopay ?? true) await caller.cards.setAutopay({ billingAccountId: home.billingAccountId, enabled: true });
  return { home, caller };
}

/** Stripe's side: the succeeded payment intents charged for a bill (the newest hundred searched). */
export async function chargesOf(kit: CardKit, billId: string) {
  const { data } = await kit.cards.stripe!.paymentIntents.list({ limit: 100 });
  return data.filter((pi) => pi.metadata.billId === billId && pi.status === "succeeded");
}
