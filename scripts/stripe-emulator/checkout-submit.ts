// The hosted page's form: validates the test card, then completes (or declines) the session like Stripe would.
import type { ServerResponse } from "node:http";
import { cardDetails, cardOutcome, luhnValid, parseExpiry } from "./cards";
import { refreshSession } from "./checkout-api";
import { closedPage, checkoutForm, type FormErrors, notFoundPage } from "./checkout-page";
import { type Ctx, unixNow } from "./context";
import { newCustomer, newPaymentMethod } from "./customers";
import { redirect, sendHtml } from "./http-io";
import { type Params, parseForm } from "./params";
import { attemptCharge, newPaymentIntent } from "./payments";
import { newId } from "./store";
import type { CheckoutSession, PaymentMethod, SetupIntent } from "./types";

const field = (form: Params, key: string) => (typeof form[key] === "string" ? (form[key] as string) : "");

export function showCheckout(ctx: Ctx, res: ServerResponse, id: string): void {
  const session = ctx.store.find(id, "checkout.session");
  if (!session) return sendHtml(res, 404, notFoundPage());
  refreshSession(ctx, session);
  ctx.store.save();
  if (session.status !== "open") return sendHtml(res, 200, closedPage(session));
  sendHtml(res, 200, checkoutForm(session, ctx.store.sessionPrivate(id).productName, {}));
}

function validate(ctx: Ctx, form: Params): { errors: FormErrors; number: string; expiry: { month: number; year: number } | null } {
  const errors: FormErrors = {};
  const number = field(form, "number").replace(/[\s-]/g, "");
  if (!luhnValid(number)) errors.number = "Your card number is invalid.";
  const expiry = parseExpiry(field(form, "expiry"), ctx.now());
  if (expiry === "invalid") errors.expiry = "Your card's expiration date is incomplete or invalid (use MM / YY).";
  if (expiry === "past") errors.expiry = "Your card's expiration date is in the past.";
  if (!/^\d{3,4}$/.test(field(form, "cvc").trim())) errors.cvc = "Your card's security code is incomplete.";
  if (field(form, "name").trim() === "") errors.name = "Enter the name on the card.";
  return { errors, number, expiry: typeof expiry === "object" ? expiry : null };
}

function complete(ctx: Ctx, res: ServerResponse, session: CheckoutSession): void {
  session.status = "complete";
  session.url = null;
  ctx.hooks.emit("checkout.session.completed", session);
  ctx.store.save();
  redirect(res, session.success_url.replaceAll("{CHECKOUT_SESSION_ID}", session.id));
}

function completeSetup(ctx: Ctx, res: ServerResponse, session: CheckoutSession, pm: PaymentMethod): void {
  const setupIntent = ctx.store.put<SetupIntent>({
    id: newId("seti"),
    object: "setup_intent",
    created: unixNow(ctx),
    livemode: false,
    status: "succeeded",
    customer: session.customer,
    payment_method: pm.id,
    usage: "off_session",
    metadata: ctx.store.sessionPrivate(session.id).setupIntentMetadata,
  });
  ctx.hooks.emit("payment_method.attached", pm);
  ctx.hooks.emit("setup_intent.succeeded", setupIntent);
  session.setup_intent = setupIntent.id;
  complete(ctx, res, session);
}

export function submitCheckout(ctx: Ctx, res: ServerResponse, id: string, rawBody: string): void {
  const session = ctx.store.find(id, "checkout.session");
  if (!session) return sendHtml(res, 404, notFoundPage());
  refreshSession(ctx, session);
  if (session.status !== "open") {
    ctx.store.save();
    return sendHtml(res, 409, closedPage(session));
  }
  const priv = ctx.store.sessionPrivate(id);
  const form = parseForm(rawBody);
  const values = { number: field(form, "number"), expiry: field(form, "expiry"), name: field(form, "name") };
  const { errors, number, expiry } = validate(ctx, form);
  if (!expiry || Object.keys(errors).length > 0) return sendHtml(res, 400, checkoutForm(session, priv.productName, { errors, values }));

  // Saving a card charges nothing, so even a decline test card is saved (and declines later, off-session, as the
  // autopay tests need); a payment that declines does not save its card.
  const willSucceed = cardOutcome(number).ok;
  // Like Checkout, saving a card for later without a customer creates one (from customer_email) to hold it.
  if (willSucceed && priv.setupFutureUsage !== null && !session.customer) {
    session.customer = newCustomer(ctx, { email: session.customer_email, name: values.name.trim() }).id;
    if (session.payment_intent) ctx.store.get(session.payment_intent, "payment_intent").customer = session.customer;
  }
  const attach = session.mode === "setup" || (willSucceed && priv.setupFutureUsage !== null) ? session.customer : null;
  const pm = newPaymentMethod(ctx, number, cardDetails(number, expiry), attach);
  if (session.mode === "setup") return completeSetup(ctx, res, session, pm);
  const pi = session.payment_intent
    ? ctx.store.get(session.payment_intent, "payment_intent")
    : newPaymentIntent(
        ctx,
        {
          amount: session.amount_total ?? 0,
          currency: session.currency ?? "usd",
          customer: session.customer,
          metadata: priv.paymentIntentMetadata,
        },
        priv.setupFutureUsage,
      );
  session.payment_intent = pi.id;
  attemptCharge(ctx, pi, pm.id);
  if (pi.status !== "succeeded") {
    ctx.store.save();
    return sendHtml(res, 402, checkoutForm(session, priv.productName, { alert: pi.last_payment_error?.message, values }));
  }
  if (attach) ctx.hooks.emit("payment_method.attached", pm);
  session.payment_status = "paid";
  complete(ctx, res, session);
}
