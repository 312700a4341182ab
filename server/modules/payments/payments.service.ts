// Paying a bill by card. The server decides the amount (the amount due, or a part within payment-rules.ts), makes
// the attempt, and sends the browser to a Stripe Checkout Session keyed by the attempt, so a retry after any failure
// gets the same session. The money reaches the bill when Stripe says it was paid (stripe-events.ts), by webhook or
// when the customer comes back and the portal asks.
import type Stripe from "stripe";
import type { CustomerActor } from "~/server/auth/principal";
import { scopeOf } from "~/server/auth/scope";
import type { CardPayments } from "~/server/container";
import type { BillingGateway } from "~/server/gateways/billing/billing-gateway";
import type { Clock } from "~/server/lib/clock";
import { DomainError, invalid, notFound } from "~/server/lib/errors";
import { skipTake, toPage, type Page } from "~/server/lib/pagination";
import { amountToCharge } from "./payment-rules";
import { syncAttempt } from "./use-cases/stripe-events";
import type { CardsRepository } from "./cards.repository";
import type { AttemptRecord, PaymentsRepository } from "./payments.repository";
import type { StaffPaymentView } from "./staff-payments.schemas";
import type { CheckoutView, GetPaymentInput, ListPaymentsInput, PaymentState, PaymentView, StartPaymentInput } from "./payments.schemas";

export type PaymentsDeps = {
  billing: BillingGateway;
  payments: PaymentsRepository;
  cards: CardPayments;
  clock: Clock;
  saved: CardsRepository;
};

/** Stripe keeps a session open for 24 hours unless told otherwise. */
const SESSION_HOURS = 24;

export function stripeOf(cards: CardPayments): Stripe {
  if (!cards.stripe) throw new DomainError("UPSTREAM_UNAVAILABLE", "card payments are not configured");
  return cards.stripe;
}

export async function startPayment(deps: PaymentsDeps, actor: CustomerActor, input: StartPaymentInput): Promise<CheckoutView> {
  const stripe = stripeOf(deps.cards);
  if (!(await deps.billing.getBill(scopeOf(actor), input.billId))) throw notFound("bill");
  // A checkout of this bill already paid but not yet booked (no webhook yet) is booked first, so the amount due below
  // is what is really left: otherwise a second checkout could charge the whole bill again.
  const [recent] = await deps.payments.list({ customerId: actor.customerId, billId: input.billId }, { skip: 0, take: 5 });
  for (const open of recent.filter((a) => a.status === "open" && a.checkoutSessionId)) await syncAttempt(deps, open);
  const bill = await deps.billing.getBill(scopeOf(actor), input.billId);
  if (!bill) throw notFound("bill");
  const due = bill.remainingAmount;
  if (due.amountMinor <= 0) throw new DomainError("INVALID_STATE", "nothing is left to pay on this bill");
  const amountMinor = amountToCharge(due.amountMinor, due.currency, input.amountMinor);
  if (amountMinor === null) throw invalid("amountMinor", "the amount is outside what may be paid on this bill");

  const now = deps.clock.now();
  const { attempt, replaced } = await deps.payments.openAttempt(
    {
      customerId: actor.customerId,
      billingAccountId: bill.billingAccount.id,
      billId: bill.id,
      billNumber: bill.billNo,
      currency: due.currency,
      amountMinor,
      userId: actor.userId,
      expiresAt: new Date(now.getTime() + SESSION_HOURS * 3_600_000),
    },
    now,
  );
  // The replaced checkout must not be paid as well; if it was paid meanwhile, its webhook still books the money.
  if (replaced?.checkoutSessionId) await stripe.checkout.sessions.expire(replaced.checkoutSessionId).catch(() => undefined);
  if (attempt.checkoutUrl) return { paymentId: attempt.id, checkoutUrl: attempt.checkoutUrl };

  const back = `${deps.cards.appUrl}/bills/${bill.id}?payment=${attempt.id}`;
  const metadata = {
    paymentAttemptId: attempt.id,
    billId: bill.id,
    billingAccountId: bill.billingAccount.id,
    customerId: actor.customerId,
  };
  const session = await stripe.checkout.sessions.create(
    {
      mode: "payment",
      line_items: [
        {
          quantity: 1,
          price_data: { currency: due.currency.toLowerCase(), unit_amount: amountMinor, product_data: { name: `Bill ${bill.billNo}` } },
        },
      ],
      success_url: back,
      cancel_url: `${back}&cancelled=1`,
      client_reference_id: attempt.id,
      metadata,
      payment_intent_data: { metadata },
      locale: actor.locale,
    },
    { idempotencyKey: `checkout:${attempt.id}` },
  );
  if (!session.url) throw new DomainError("UPSTREAM_UNAVAILABLE", "the payment provider gave no checkout page");
  await deps.payments.attachCheckout(attempt.id, { id: session.id, url: session.url, expiresAt: new Date(session.expires_at * 1000) });
  return { paymentId: attempt.id, checkoutUrl: session.url };
}

export async function listPayments(deps: PaymentsDeps, actor: CustomerActor, input: ListPaymentsInput): Promise<Page<PaymentView>> {
  // Another customer's bill is NOT_FOUND, not an empty list: the answer must not tell a foreign id from a missing one.
  if (input.billId && !(await deps.billing.getBill(scopeOf(actor), input.billId))) throw notFound("bill");
  const [rows, total] = await deps.payments.list({ customerId: actor.customerId, billId: input.billId }, skipTake(input));
  return toPage(rows.map(paymentView), total, input);
}

/** One payment of the actor's customer; NOT_FOUND for anyone else's. */
export async function ownAttempt(deps: Pick<PaymentsDeps, "payments">, actor: CustomerActor, paymentId: string): Promise<AttemptRecord> {
  const attempt = await deps.payments.byId(paymentId);
  if (!attempt || attempt.customerId !== actor.customerId) throw notFound("payment");
  return attempt;
}

export async function getPayment(deps: PaymentsDeps, actor: CustomerActor, input: GetPaymentInput): Promise<PaymentView> {
  return paymentView(await ownAttempt(deps, actor, input.paymentId));
}

export function paymentState(a: Pick<AttemptRecord, "status" | "refundedMinor" | "amountMinor">): PaymentState {
  if (a.status === "expired") return "cancelled";
  if (a.status === "open") return "processing";
  if (a.refundedMinor >= a.amountMinor) return "refunded";
  return a.refundedMinor > 0 ? "partially_refunded" : "succeeded";
}

export function paymentView(a: AttemptRecord): PaymentView {
  return {
    id: a.id,
    bill: { id: a.billId, number: a.billNumber },
    billingAccountId: a.billingAccountId,
    amount: { amountMinor: a.amountMinor, currency: a.currency },
    refunded: { amountMinor: a.refundedMinor, currency: a.currency },
    state: paymentState(a),
    method: a.method,
    card: a.cardBrand && a.cardLast4 ? { brand: a.cardBrand, last4: a.cardLast4 } : null,
    declineCode: a.declineCode,
    createdAt: a.createdAt,
    paidAt: a.paidAt,
  };
}

/** Staff: payments received, found by the customer's name or a member's e-mail, or by bill or account number. */
export async function searchPayments(deps: PaymentsDeps, query: string): Promise<StaffPaymentView[]> {
  const rows = await deps.payments.search(query, 50);
  return rows.map((r) => ({ ...paymentView(r), customer: { id: r.customerId, name: r.customerName } }));
}
