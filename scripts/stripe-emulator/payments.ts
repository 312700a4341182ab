// PaymentIntents, Charges and Refunds: charging a card, the off-session (autopay) API and refunds.
import { cardOutcome } from "./cards";
import { type Ctx, type Route, expand, unixNow } from "./context";
import { ApiError, invalidParam, invalidRequest, missing } from "./errors";
import { bool, expands, metadata, optInt, optString, reqString } from "./params";
import { newId } from "./store";
import type { Charge, Metadata, PaymentIntent, Refund } from "./types";

type ChargeInput = { amount: number; currency: string; customer: string | null; paymentMethod: string; metadata: Metadata };

export function newPaymentIntent(ctx: Ctx, input: Omit<ChargeInput, "paymentMethod">, setupFutureUsage: string | null): PaymentIntent {
  return ctx.store.put({
    id: newId("pi"),
    object: "payment_intent",
    created: unixNow(ctx),
    livemode: false,
    amount: input.amount,
    amount_received: 0,
    currency: input.currency,
    status: "requires_payment_method",
    metadata: input.metadata,
    customer: input.customer,
    payment_method: null,
    latest_charge: null,
    last_payment_error: null,
    setup_future_usage: setupFutureUsage,
  });
}

// Charges the intent's amount to a payment method; a test decline card fails it and emits payment_failed.
export function attemptCharge(ctx: Ctx, pi: PaymentIntent, paymentMethodId: string): PaymentIntent {
  const pm = ctx.store.get(paymentMethodId, "payment_method", "payment_method");
  const outcome = cardOutcome(ctx.store.cardNumber(pm.id) ?? "");
  pi.payment_method = pm.id;
  if (!outcome.ok) {
    pi.status = "requires_payment_method";
    pi.last_payment_error = { type: "card_error", code: "card_declined", decline_code: outcome.declineCode, message: outcome.message };
    ctx.hooks.emit("payment_intent.payment_failed", pi);
    return pi;
  }
  const charge = ctx.store.put<Charge>({
    id: newId("ch"),
    object: "charge",
    created: unixNow(ctx),
    livemode: false,
    amount: pi.amount,
    amount_captured: pi.amount,
    amount_refunded: 0,
    refunded: false,
    captured: true,
    currency: pi.currency,
    customer: pi.customer,
    payment_intent: pi.id,
    payment_method: pm.id,
    status: "succeeded",
    paid: true,
    payment_method_details: { type: "card", card: { ...pm.card } },
    metadata: { ...pi.metadata },
  });
  Object.assign(pi, { status: "succeeded", amount_received: pi.amount, latest_charge: charge.id, last_payment_error: null });
  ctx.hooks.emit("payment_intent.succeeded", pi);
  return pi;
}

function createPaymentIntent(ctx: Ctx, params: Parameters<Route["handle"]>[1]): unknown {
  const amount = optInt(params, "amount");
  if (amount === null) throw invalidParam("amount");
  if (amount < 1) throw invalidRequest("Amount must be at least 1.", "amount");
  const currency = reqString(params, "currency").toLowerCase();
  const customer = optString(params, "customer");
  if (customer) ctx.store.get(customer, "customer", "customer");
  const pi = newPaymentIntent(ctx, { amount, currency, customer, metadata: metadata(params) }, optString(params, "setup_future_usage"));
  const paymentMethod = optString(params, "payment_method");
  if (!bool(params, "confirm")) return pi;
  if (!paymentMethod) throw invalidParam("payment_method");
  attemptCharge(ctx, pi, paymentMethod);
  if (pi.status !== "succeeded" && pi.last_payment_error) {
    const { type, code, decline_code, message } = pi.last_payment_error;
    throw new ApiError(402, { type, code, decline_code, message, param: "payment_method", payment_intent: pi });
  }
  return expand(ctx, pi, expands(params));
}

function createRefund(ctx: Ctx, params: Parameters<Route["handle"]>[1]): Refund {
  const piId = optString(params, "payment_intent");
  const chargeId = optString(params, "charge");
  if (!piId && !chargeId) throw invalidParam("charge", "One of `charge` or `payment_intent` is required.");
  const pi = piId ? ctx.store.get(piId, "payment_intent", "payment_intent") : null;
  const latest = chargeId ?? pi?.latest_charge;
  if (!latest) throw invalidRequest(`This PaymentIntent (${piId}) does not have a successful charge to refund.`, "payment_intent");
  const charge = ctx.store.get(latest, "charge", "charge");
  const left = charge.amount - charge.amount_refunded;
  const amount = optInt(params, "amount") ?? left;
  if (amount < 1 || amount > left) {
    const message = `Refund amount (${amount}) is greater than unrefunded amount on charge (${left})`;
    throw new ApiError(400, { type: "invalid_request_error", code: "amount_too_large", param: "amount", message });
  }
  const refund = ctx.store.put<Refund>({
    id: newId("re"),
    object: "refund",
    created: unixNow(ctx),
    livemode: false,
    amount,
    charge: charge.id,
    currency: charge.currency,
    payment_intent: charge.payment_intent,
    reason: optString(params, "reason"),
    status: "succeeded",
    metadata: metadata(params),
  });
  charge.amount_refunded += amount;
  charge.refunded = charge.amount_refunded === charge.amount;
  ctx.hooks.emit("charge.refunded", charge);
  return refund;
}

/** GET /v1/refunds, filtered by charge or payment_intent as Stripe does; newest first, one page. */
function listRefunds(ctx: Ctx, params: Parameters<Route["handle"]>[1]): unknown {
  const charge = optString(params, "charge");
  const intent = optString(params, "payment_intent");
  const data = ctx.store
    .all("refund")
    .filter((r) => (!charge || r.charge === charge) && (!intent || r.payment_intent === intent))
    .sort((a, b) => b.created - a.created);
  return { object: "list", data, has_more: false, url: "/v1/refunds" };
}

/** GET /v1/payment_intents: newest first, by customer, a page of `limit` (1–100, default 10) after `starting_after`. */
function listPaymentIntents(ctx: Ctx, params: Parameters<Route["handle"]>[1]): unknown {
  const customer = optString(params, "customer");
  const limit = optInt(params, "limit") ?? 10;
  if (limit < 1 || limit > 100) throw invalidRequest("This value must be between 1 and 100.", "limit");
  // Insertion order breaks ties of the same second, as Stripe's own ordering does.
  const all = ctx.store
    .all("payment_intent")
    .reverse()
    .filter((pi) => !customer || pi.customer === customer)
    .sort((a, b) => b.created - a.created);
  const after = optString(params, "starting_after");
  const from = after ? all.findIndex((pi) => pi.id === after) + 1 : 0;
  if (after && from === 0) throw missing(after, "starting_after");
  const data = all.slice(from, from + limit);
  return { object: "list", data, has_more: from + limit < all.length, url: "/v1/payment_intents" };
}

export const paymentRoutes: Route[] = [
  { method: "POST", path: /^\/v1\/payment_intents$/, handle: (ctx, p) => createPaymentIntent(ctx, p) },
  { method: "GET", path: /^\/v1\/payment_intents$/, handle: (ctx, p) => listPaymentIntents(ctx, p) },
  {
    method: "GET",
    path: /^\/v1\/payment_intents\/([^/]+)$/,
    handle: (ctx, p, [id]) => expand(ctx, ctx.store.get(id!, "payment_intent"), expands(p)),
  },
  { method: "GET", path: /^\/v1\/charges\/([^/]+)$/, handle: (ctx, p, [id]) => expand(ctx, ctx.store.get(id!, "charge"), expands(p)) },
  { method: "POST", path: /^\/v1\/refunds$/, handle: (ctx, p) => createRefund(ctx, p) },
  { method: "GET", path: /^\/v1\/refunds$/, handle: (ctx, p) => listRefunds(ctx, p) },
  { method: "GET", path: /^\/v1\/refunds\/([^/]+)$/, handle: (ctx, _p, [id]) => ctx.store.get(id!, "refund") },
];
