// What the webhook bench delivers: bills from the standard dataset and bill run, one card payment per bill started
// through the real tRPC router (payments.start) and paid on the emulator's hosted form, and the two events Stripe
// sends for each (checkout.session.completed, payment_intent.succeeded) built from the emulator's own objects.
import { randomUUID } from "node:crypto";
import pg from "pg";
import Stripe from "stripe";
import { newId } from "~/scripts/stripe-emulator/store";
import type { StripeEvent } from "~/scripts/stripe-emulator/webhooks";
import { createCaller } from "~/server/api/root";
import { newSessionId } from "~/server/auth/session-policy";
import { depsFor, type CardPayments } from "~/server/container";
import type { Db } from "~/server/db/client";
import { nextPeriod } from "~/server/domain/billing/vocabulary";
import { runBillRun } from "~/server/gateways/billing/bill-run";
import { billingPeriod } from "~/server/gateways/billing/rating";
import { ensureBillingCatalogue } from "~/server/gateways/billing/tariff-catalogue";
import { systemClock } from "~/server/lib/clock";
import { loadPrincipal } from "~/server/modules/identity/identity.service";
import { payOnCheckout } from "~/tests/kit/cards";
import { insertCustomers } from "./billing-dataset";
import { forEachConcurrently } from "./pool";

/** Browsers starting and paying checkouts at once: enough to overlap, not a load test of its own. */
const CHECKOUT_CONCURRENCY = 8;

export type PayableBill = { billId: string; userId: string; customerId: string; sessionVersion: number };
export type BenchEvent = { id: string; type: string; payload: string };

/** The last full month before today: its bills are issued on the 1st of this one. */
export const lastMonth = (now: Date) => {
  const d = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - 1, 1));
  return `${d.getUTCFullYear()}-${String(d.getUTCMonth() + 1).padStart(2, "0")}`;
};

/** `count` issued, unpaid bills with an owner to pay them; a few more customers than bills, as some bills are empty. */
export async function issuePayableBills(db: Db, url: string, count: number, period: string): Promise<PayableBill[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await insertCustomers(client, Math.ceil(count * 1.1) + 10, 7, new Date(billingPeriod(period, 1).end));
    await db.$transaction((tx) => ensureBillingCatalogue(tx));
    await runBillRun(db, { period, issueDate: `${nextPeriod(period)}-01`, announce: false });
    const { rows } = await client.query<PayableBill>(
      `SELECT b.id AS "billId", u.id AS "userId", m."customerId", u."sessionVersion"
       FROM "Bill" b JOIN "BillingAccount" a ON a.id = b."billingAccountId"
       JOIN "Membership" m ON m."customerId" = a."customerId" AND m.role = 'owner' JOIN "User" u ON u.id = m."userId"
       WHERE b.period = $1 AND b."totalMinor" > 0 ORDER BY b.number LIMIT $2`,
      [period, count],
    );
    if (rows.length < count) throw new Error(`only ${rows.length} payable bills were issued, ${count} needed`);
    return rows;
  } finally {
    await client.end();
  }
}

/** Each bill paid in full by its owner: payments.start as the pay form calls it, then card 4242 on the hosted page. */
export async function payBills(db: Db, cards: CardPayments, bills: PayableBill[]): Promise<void> {
  const deps = depsFor(db, systemClock, cards);
  await forEachConcurrently(bills, CHECKOUT_CONCURRENCY, async (bill) => {
    const actor = await loadPrincipal(
      deps,
      { userId: bill.userId, sessionVersion: bill.sessionVersion, sessionId: newSessionId() },
      bill.customerId,
    );
    if (!actor) throw new Error(`no principal for user ${bill.userId}`);
    const caller = createCaller({ deps, actor, requestId: randomUUID(), ip: "198.51.100.7" });
    const { checkoutUrl } = await caller.payments.start({ billId: bill.billId });
    const paid = await payOnCheckout(checkoutUrl);
    if (paid.status !== 303) throw new Error(`the hosted form answered ${paid.status} for bill ${bill.billId}`);
  });
}

/** One GET of the emulator's API, as JSON: the object exactly as the emulator keeps it (no SDK wrapping). */
async function emulatorObject(emulatorUrl: string, path: string): Promise<Record<string, unknown>> {
  const res = await fetch(`${emulatorUrl}${path}`, { headers: { authorization: "Bearer sk_test_bench" } });
  if (!res.ok) throw new Error(`GET ${path}: ${res.status} ${await res.text()}`);
  return (await res.json()) as Record<string, unknown>;
}

function event(type: string, object: Record<string, unknown>): BenchEvent {
  // Shaped as the emulator's own WebhookDispatcher.emit shapes it (the emulator keeps no event list to fetch).
  const body: StripeEvent = {
    id: newId("evt"),
    object: "event",
    api_version: Stripe.API_VERSION,
    created: Math.floor(Date.now() / 1000),
    livemode: false,
    pending_webhooks: 1,
    type,
    data: { object: object as StripeEvent["data"]["object"] },
  };
  return { id: body.id, type, payload: JSON.stringify(body) };
}

/** checkout.session.completed and payment_intent.succeeded of every paid session, from the emulator's objects. */
export async function collectEvents(db: Db, emulatorUrl: string): Promise<BenchEvent[]> {
  const attempts = await db.paymentAttempt.findMany({ select: { checkoutSessionId: true }, orderBy: { createdAt: "asc" } });
  const pairs: BenchEvent[][] = new Array(attempts.length);
  await forEachConcurrently(attempts, CHECKOUT_CONCURRENCY, async ({ checkoutSessionId }, i) => {
    const session = await emulatorObject(emulatorUrl, `/v1/checkout/sessions/${checkoutSessionId}`);
    if (session.payment_status !== "paid" || typeof session.payment_intent !== "string")
      throw new Error(`session ${checkoutSessionId} is not paid`);
    const intent = await emulatorObject(emulatorUrl, `/v1/payment_intents/${session.payment_intent}`);
    pairs[i] = [event("checkout.session.completed", session), event("payment_intent.succeeded", intent)];
  });
  return pairs.flat(); // in the attempts' order, so the seeded shuffle is the same every run
}
