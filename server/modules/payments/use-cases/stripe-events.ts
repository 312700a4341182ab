// What Stripe tells the portal, by signed webhook or when asked. Stripe delivers at least once, in any order, and
// retries for days: every effect is idempotent on its own (the ledger posting is keyed by the PaymentIntent or refund
// id, the attempt changes state once), and the event id is recorded with the change so a replay does nothing.
import type Stripe from "stripe";
import { DomainError } from "~/server/lib/errors";
import { formatAmount } from "~/server/lib/text";
import type { AttemptRecord, EventRef } from "../payments.repository";
import { stripeOf, type PaymentsDeps } from "../payments.service";
import { bookAutopay } from "./autopay";

const attemptIdOf = (metadata: Stripe.Metadata | null | undefined) => metadata?.paymentAttemptId ?? null;
const declineCodeOf = (error: Stripe.PaymentIntent.LastPaymentError) => error.decline_code ?? error.code ?? "card_declined";

/** The card's brand and last four, from the charge Stripe made. */
function cardOf(intent: Stripe.PaymentIntent) {
  const charge = typeof intent.latest_charge === "object" ? intent.latest_charge : null;
  const card = charge?.payment_method_details?.card;
  return { cardBrand: card?.brand ?? null, cardLast4: card?.last4 ?? null, paidAt: charge ? new Date(charge.created * 1000) : null };
}

async function cardOfIntent(deps: PaymentsDeps, intentId: string) {
  const intent = await stripeOf(deps.cards).paymentIntents.retrieve(intentId, { expand: ["latest_charge"] });
  const { cardBrand, cardLast4 } = cardOf(intent);
  return { brand: cardBrand, last4: cardLast4 };
}

/** Books a succeeded PaymentIntent: ledger first (idempotent by its id), then the attempt, its notice and the event. */
async function applyPaid(deps: PaymentsDeps, attempt: AttemptRecord, paymentIntentId: string, event: EventRef) {
  const intent = await stripeOf(deps.cards).paymentIntents.retrieve(paymentIntentId, { expand: ["latest_charge"] });
  if (intent.status !== "succeeded") return;
  const card = cardOf(intent);
  const paidAt = card.paidAt ?? deps.clock.now();
  await deps.billing.postPayment({
    billingAccountId: attempt.billingAccountId,
    billId: attempt.billId,
    amountMinor: intent.amount_received,
    reference: intent.id,
    postedAt: paidAt,
  });
  await deps.payments.markPaid(
    attempt.id,
    { paymentIntentId: intent.id, cardBrand: card.cardBrand, cardLast4: card.cardLast4, paidAt },
    { amount: formatAmount(intent.amount_received, intent.currency.toUpperCase()), link: `/bills/${attempt.billId}` },
    event,
  );
}

/** Refunds of a charge, posted to the ledger one by one (keyed by refund id) under the attempt's lock. */
export async function applyRefunds(deps: PaymentsDeps, attempt: AttemptRecord, charge: Stripe.Charge, event: EventRef) {
  const stripe = stripeOf(deps.cards);
  await deps.payments.updateRefunded(attempt.id, event, async () => {
    const refunds = await stripe.refunds.list({ charge: charge.id, limit: 100 });
    for (const refund of refunds.data.filter((r) => r.status === "succeeded")) {
      await deps.billing.postRefund({
        billingAccountId: attempt.billingAccountId,
        billId: attempt.billId,
        amountMinor: refund.amount,
        reference: refund.id,
      });
    }
    return refunds.data.filter((r) => r.status === "succeeded").reduce((sum, r) => sum + r.amount, 0);
  });
}

async function attemptFor(deps: PaymentsDeps, metadata: Stripe.Metadata | null | undefined) {
  const id = attemptIdOf(metadata);
  return id ? deps.payments.byId(id) : null;
}

/** Applies one verified event; false when it concerns nothing of ours (another integration on the same account). */
export async function applyStripeEvent(deps: PaymentsDeps, event: Stripe.Event): Promise<boolean> {
  const ref = { id: event.id, type: event.type };
  switch (event.type) {
    case "checkout.session.completed": {
      const session = event.data.object;
      const attempt = await attemptFor(deps, session.metadata);
      if (!attempt || session.mode !== "payment") return false;
      const intentId = typeof session.payment_intent === "string" ? session.payment_intent : session.payment_intent?.id;
      if (session.payment_status !== "paid" || !intentId) return false;
      await applyPaid(deps, attempt, intentId, ref);
      return true;
    }
    case "payment_intent.succeeded": {
      const intent = event.data.object;
      const attempt = await attemptFor(deps, intent.metadata);
      if (!attempt && intent.metadata.autopayBillId) {
        const card = await cardOfIntent(deps, intent.id);
        await bookAutopay(deps, intent.metadata.autopayBillId, intent, card);
        await deps.payments.recordEvent(event.id, event.type);
        return true;
      }
      if (!attempt) return false;
      await applyPaid(deps, attempt, event.data.object.id, ref);
      return true;
    }
    case "payment_intent.payment_failed": {
      const intent = event.data.object;
      const attempt = await attemptFor(deps, intent.metadata);
      if (!attempt) return false;
      const error = intent.last_payment_error;
      await deps.payments.markDeclined(attempt.id, error ? declineCodeOf(error) : "card_declined", ref);
      return true;
    }
    case "checkout.session.expired": {
      const attempt = await attemptFor(deps, event.data.object.metadata);
      if (!attempt) return false;
      await deps.payments.markExpired(attempt.id, ref);
      return true;
    }
    case "charge.refunded": {
      const charge = event.data.object;
      const attempt = await attemptFor(deps, charge.metadata);
      const byIntent = attempt ?? (await attemptOfIntent(deps, charge.payment_intent));
      if (!byIntent) return false;
      await applyRefunds(deps, byIntent, charge, ref);
      return true;
    }
    default:
      return false;
  }
}

/** A charge's metadata is not always the PaymentIntent's: find the attempt through the intent then. */
async function attemptOfIntent(deps: PaymentsDeps, intent: string | Stripe.PaymentIntent | null) {
  if (!intent) return null;
  const full = typeof intent === "string" ? await stripeOf(deps.cards).paymentIntents.retrieve(intent) : intent;
  return attemptFor(deps, full.metadata);
}

/**
 * Verifies and applies a webhook delivery. 400 for a bad or stale signature (Stripe's 300 s tolerance, against the
 * portal's clock), 200 for an event applied now or before, or one that is not ours.
 */
export async function receiveStripeWebhook(
  deps: PaymentsDeps,
  rawBody: string,
  signature: string | null,
): Promise<{ status: 200 | 400; body: string }> {
  const secret = deps.cards.webhookSecret;
  if (!secret) throw new DomainError("UPSTREAM_UNAVAILABLE", "webhooks are not configured");
  let event: Stripe.Event;
  try {
    const receivedAtMs = deps.clock.now().getTime();
    event = stripeOf(deps.cards).webhooks.constructEvent(rawBody, signature ?? "", secret, 300, undefined, receivedAtMs);
  } catch {
    return { status: 400, body: "invalid signature" };
  }
  if (await deps.payments.eventApplied(event.id)) return { status: 200, body: "already applied" };
  const ours = await applyStripeEvent(deps, event);
  if (!ours) await deps.payments.recordEvent(event.id, event.type);
  return { status: 200, body: ours ? "applied" : "ignored" };
}

/** When the customer comes back from checkout: ask Stripe rather than wait for the webhook. */
export async function syncAttempt(deps: PaymentsDeps, attempt: AttemptRecord): Promise<void> {
  // An expired (replaced) attempt is asked too: an old tab may have paid it, and the money decides.
  if (attempt.status === "succeeded" || !attempt.checkoutSessionId) return;
  const session = await stripeOf(deps.cards).checkout.sessions.retrieve(attempt.checkoutSessionId);
  const intentId = typeof session.payment_intent === "string" ? session.payment_intent : session.payment_intent?.id;
  if (session.payment_status === "paid" && intentId) return applyPaid(deps, attempt, intentId, null);
  if (session.status === "expired") return deps.payments.markExpired(attempt.id, null);
  // Declined on the checkout page and back (cancelled) before the payment_failed webhook: say why now.
  if (!intentId) return;
  const error = (await stripeOf(deps.cards).paymentIntents.retrieve(intentId)).last_payment_error;
  if (error) await deps.payments.markDeclined(attempt.id, declineCodeOf(error), null);
}
