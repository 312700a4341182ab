// Test helpers: a signature-verifying webhook receiver, an emulator on a fixed clock, and a hosted-page "browser".
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import Stripe from "stripe";
import { type StripeEmulator, startStripeEmulator } from "./emulator";

export const SECRET = "whsec_test_emulator_secret";
// A fixed clock: card expiry checks, `created` and webhook signature timestamps must not depend on the wall clock.
export const NOW = new Date("2026-03-15T10:00:00Z");
const nowSeconds = Math.floor(NOW.getTime() / 1000);

export type Receiver = {
  url: string;
  deliveries: Stripe.Event[];
  waitFor(predicate: (e: Stripe.Event) => boolean, count?: number): Promise<Stripe.Event[]>;
  settle(): Promise<void>;
  stop(): Promise<void>;
};

// `status(n)` answers the n-th delivery (0-based); every accepted body has passed signature verification.
export async function startReceiver(status: (n: number) => number = () => 200): Promise<Receiver> {
  const deliveries: Stripe.Event[] = [];
  let seen = 0;
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => {
      const raw = Buffer.concat(chunks).toString("utf8");
      try {
        const header = req.headers["stripe-signature"] ?? "";
        deliveries.push(Stripe.webhooks.constructEvent(raw, header, SECRET, 300, undefined, nowSeconds));
      } catch {
        res.writeHead(400).end("bad signature");
        return;
      }
      res.writeHead(status(seen++)).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/webhooks/stripe`;
  const waitFor = async (predicate: (e: Stripe.Event) => boolean, count = 1) => {
    for (let i = 0; i < 200; i++) {
      const found = deliveries.filter(predicate);
      if (found.length >= count) return found;
      await new Promise((r) => setTimeout(r, 10));
    }
    throw new Error(`Timed out waiting for ${count} webhook(s); got ${deliveries.map((e) => e.type).join(", ")}`);
  };
  // Resolves once no delivery has arrived for 80 ms (several retry/jitter periods of the test settings).
  const settle = async () => {
    for (let last = -1; last !== deliveries.length;) {
      last = deliveries.length;
      await new Promise((r) => setTimeout(r, 80));
    }
  };
  const stop = () => new Promise<void>((resolve) => server.close(() => resolve()));
  return { url, deliveries, waitFor, settle, stop };
}

export type Kit = { emulator: StripeEmulator; receiver: Receiver; stripe: Stripe; stop(): Promise<void> };

export async function startKit(status?: (n: number) => number): Promise<Kit> {
  const receiver = await startReceiver(status);
  const emulator = await startStripeEmulator({
    webhookUrl: receiver.url,
    webhookSecret: SECRET,
    now: () => NOW,
    delivery: { retryBaseMs: 10, jitterMs: 5, maxAttempts: 5 },
  });
  const stripe = new Stripe("sk_test_emulator", { host: "127.0.0.1", port: emulator.port, protocol: "http", maxNetworkRetries: 0 });
  return { emulator, receiver, stripe, stop: async () => (await emulator.stop(), await receiver.stop()) };
}

export const CARD = { number: "4242 4242 4242 4242", expiry: "12 / 30", cvc: "123", name: "Jana Nováková" };

// Submits the hosted page form like a browser would, without following the redirect.
export async function submitCard(
  sessionUrl: string,
  card: Partial<typeof CARD>,
): Promise<{ status: number; location: string | null; html: string }> {
  const res = await fetch(sessionUrl, { method: "POST", body: new URLSearchParams({ ...CARD, ...card }), redirect: "manual" });
  return { status: res.status, location: res.headers.get("location"), html: await res.text() };
}

export function paymentSession(stripe: Stripe, extra: Partial<Stripe.Checkout.SessionCreateParams> = {}, options?: Stripe.RequestOptions) {
  return stripe.checkout.sessions.create(
    {
      mode: "payment",
      line_items: [{ quantity: 1, price_data: { currency: "czk", unit_amount: 123400, product_data: { name: "Invoice 2026-02" } } }],
      success_url: "http://portal.test/billing/paid?session={CHECKOUT_SESSION_ID}",
      cancel_url: "http://portal.test/billing",
      metadata: { billId: "bill_1" },
      payment_intent_data: { metadata: { billId: "bill_1" } },
      ...extra,
    },
    options,
  );
}
