// Checkout Sessions API: create (payment or setup mode), retrieve with expand, expire.
import { type Ctx, type Route, expand, unixNow } from "./context";
import { invalidParam, invalidRequest } from "./errors";
import { type Params, child, expands, metadata, optInt, optString, reqString } from "./params";
import { newId } from "./store";
import type { CheckoutSession, SessionPrivate } from "./types";

const DAY = 24 * 60 * 60;

function paymentAmount(params: Params): { amount: number; currency: string; name: string } {
  const items = params.line_items;
  const first = Array.isArray(items) ? items[0] : undefined;
  if (!Array.isArray(items) || !first || typeof first !== "object") throw invalidParam("line_items");
  if (items.length !== 1) throw invalidRequest("The emulator supports exactly one line item.", "line_items");
  const item = first as Params;
  const priceData = child(item, "price_data");
  const prefix = "line_items[0][price_data]";
  const currency = reqString(priceData, "currency", `${prefix}[currency]`).toLowerCase();
  if (!/^[a-z]{3}$/.test(currency)) throw invalidRequest(`Invalid currency: ${currency}.`, `${prefix}[currency]`);
  const unitAmount = optInt(priceData, "unit_amount", `${prefix}[unit_amount]`);
  if (unitAmount === null) throw invalidParam(`${prefix}[unit_amount]`);
  const name = reqString(child(priceData, "product_data"), "name", `${prefix}[product_data][name]`);
  const quantity = optInt(item, "quantity", "line_items[0][quantity]");
  if (quantity === null || quantity < 1) throw invalidParam("line_items[0][quantity]");
  const amount = unitAmount * quantity;
  if (amount < 1) throw invalidRequest("The Checkout Session's total amount due must be greater than 0.", `${prefix}[unit_amount]`);
  return { amount, currency, name };
}

function createSession(ctx: Ctx, params: Params): CheckoutSession {
  const mode = reqString(params, "mode");
  if (mode !== "payment" && mode !== "setup") throw invalidRequest(`Invalid mode: ${mode}. Must be payment or setup.`, "mode");
  const successUrl = reqString(params, "success_url");
  const customer = optString(params, "customer");
  if (customer) ctx.store.get(customer, "customer", "customer");
  const now = unixNow(ctx);
  const expiresAt = optInt(params, "expires_at") ?? now + DAY;
  if (expiresAt < now + 30 * 60 || expiresAt > now + DAY) {
    throw invalidRequest(
      "The `expires_at` timestamp must be between 30 minutes and 24 hours from Checkout Session creation.",
      "expires_at",
    );
  }
  let priv: SessionPrivate = { productName: null, paymentIntentMetadata: {}, setupFutureUsage: null, setupIntentMetadata: {} };
  let amount: number | null = null;
  let currency: string | null = optString(params, "currency")?.toLowerCase() ?? null;
  if (mode === "payment") {
    const line = paymentAmount(params);
    amount = line.amount;
    currency = line.currency;
    const piData = child(params, "payment_intent_data");
    const setupFutureUsage = optString(piData, "setup_future_usage");
    priv = { ...priv, productName: line.name, paymentIntentMetadata: metadata(piData), setupFutureUsage };
  } else {
    if (!customer) throw invalidParam("customer");
    priv = { ...priv, setupIntentMetadata: metadata(child(params, "setup_intent_data")) };
  }
  const id = newId("cs_test");
  ctx.store.setSessionPrivate(id, priv);
  return ctx.store.put<CheckoutSession>({
    id,
    object: "checkout.session",
    created: now,
    livemode: false,
    url: `${ctx.publicUrl()}/checkout/${id}`,
    status: "open",
    payment_status: mode === "setup" ? "no_payment_required" : "unpaid",
    amount_total: amount,
    currency,
    mode,
    metadata: metadata(params),
    client_reference_id: optString(params, "client_reference_id"),
    customer,
    customer_email: optString(params, "customer_email"),
    payment_intent: null,
    setup_intent: null,
    success_url: successUrl,
    cancel_url: optString(params, "cancel_url"),
    expires_at: expiresAt,
    locale: optString(params, "locale"),
  });
}

// Stripe expires sessions lazily from our point of view: any read past expires_at sees (and emits) the expiry.
export function refreshSession(ctx: Ctx, session: CheckoutSession): CheckoutSession {
  if (session.status === "open" && unixNow(ctx) >= session.expires_at) expireSession(ctx, session);
  return session;
}

function expireSession(ctx: Ctx, session: CheckoutSession): CheckoutSession {
  if (session.status !== "open") {
    throw invalidRequest(`Only Checkout Sessions with a status in [open] can be expired. This Session has status ${session.status}.`);
  }
  Object.assign(session, { status: "expired", url: null });
  ctx.hooks.emit("checkout.session.expired", session);
  return session;
}

const get = (ctx: Ctx, id: string) => refreshSession(ctx, ctx.store.get(id, "checkout.session"));

export const checkoutRoutes: Route[] = [
  { method: "POST", path: /^\/v1\/checkout\/sessions$/, handle: (ctx, p) => createSession(ctx, p) },
  { method: "GET", path: /^\/v1\/checkout\/sessions\/([^/]+)$/, handle: (ctx, p, [id]) => expand(ctx, get(ctx, id!), expands(p)) },
  { method: "POST", path: /^\/v1\/checkout\/sessions\/([^/]+)\/expire$/, handle: (ctx, _p, [id]) => expireSession(ctx, get(ctx, id!)) },
];
