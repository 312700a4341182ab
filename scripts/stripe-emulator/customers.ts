// Customers, their saved cards (PaymentMethods) and SetupIntents.
import { type Ctx, type Route, expand, unixNow } from "./context";
import { invalidRequest } from "./errors";
import { type Params, child, expands, metadata, optString, reqString } from "./params";
import { newId } from "./store";
import type { Card, Customer, Metadata, PaymentMethod } from "./types";

export function newPaymentMethod(ctx: Ctx, cardNumber: string, card: Card, customer: string | null): PaymentMethod {
  const pm = ctx.store.put<PaymentMethod>({
    id: newId("pm"),
    object: "payment_method",
    created: unixNow(ctx),
    livemode: false,
    type: "card",
    customer,
    card,
    metadata: {},
  });
  ctx.store.setCardNumber(pm.id, cardNumber);
  return pm;
}

export function newCustomer(ctx: Ctx, fields: { email: string | null; name: string | null; metadata?: Metadata }): Customer {
  return ctx.store.put<Customer>({
    id: newId("cus"),
    object: "customer",
    created: unixNow(ctx),
    livemode: false,
    email: fields.email,
    name: fields.name,
    metadata: fields.metadata ?? {},
    invoice_settings: { default_payment_method: null },
  });
}

function createCustomer(ctx: Ctx, params: Params): Customer {
  return newCustomer(ctx, { email: optString(params, "email"), name: optString(params, "name"), metadata: metadata(params) });
}

function updateCustomer(ctx: Ctx, id: string, params: Params): Customer {
  const customer = ctx.store.get(id, "customer");
  if (params.email !== undefined) customer.email = optString(params, "email");
  if (params.name !== undefined) customer.name = optString(params, "name");
  if (params.metadata !== undefined) customer.metadata = { ...customer.metadata, ...metadata(params) };
  const settings = child(params, "invoice_settings");
  if (settings.default_payment_method !== undefined) {
    const pmId = optString(settings, "default_payment_method");
    if (pmId) {
      const pm = ctx.store.get(pmId, "payment_method", "invoice_settings[default_payment_method]");
      if (pm.customer !== customer.id) {
        const message = `The customer does not have a payment method with the ID ${pmId}.`;
        throw invalidRequest(message, "invoice_settings[default_payment_method]");
      }
    }
    customer.invoice_settings.default_payment_method = pmId;
  }
  ctx.hooks.emit("customer.updated", customer);
  return customer;
}

function listPaymentMethods(ctx: Ctx, params: Params): unknown {
  const customer = reqString(params, "customer");
  ctx.store.get(customer, "customer", "customer");
  const type = optString(params, "type");
  const data = ctx.store.all("payment_method").filter((pm) => pm.customer === customer && (!type || pm.type === type));
  return { object: "list", data, has_more: false, url: "/v1/payment_methods" };
}

function detach(ctx: Ctx, id: string): PaymentMethod {
  const pm = ctx.store.get(id, "payment_method");
  if (!pm.customer) throw invalidRequest(`The payment method you provided is not attached to a customer so detachment is impossible.`);
  const customer = ctx.store.find(pm.customer, "customer");
  if (customer?.invoice_settings.default_payment_method === pm.id) customer.invoice_settings.default_payment_method = null;
  pm.customer = null;
  ctx.hooks.emit("payment_method.detached", pm);
  return pm;
}

export const customerRoutes: Route[] = [
  { method: "POST", path: /^\/v1\/customers$/, handle: (ctx, p) => createCustomer(ctx, p) },
  { method: "GET", path: /^\/v1\/customers\/([^/]+)$/, handle: (ctx, p, [id]) => expand(ctx, ctx.store.get(id!, "customer"), expands(p)) },
  { method: "POST", path: /^\/v1\/customers\/([^/]+)$/, handle: (ctx, p, [id]) => updateCustomer(ctx, id!, p) },
  { method: "GET", path: /^\/v1\/payment_methods$/, handle: (ctx, p) => listPaymentMethods(ctx, p) },
  { method: "GET", path: /^\/v1\/payment_methods\/([^/]+)$/, handle: (ctx, _p, [id]) => ctx.store.get(id!, "payment_method") },
  { method: "POST", path: /^\/v1\/payment_methods\/([^/]+)\/detach$/, handle: (ctx, _p, [id]) => detach(ctx, id!) },
  {
    method: "GET",
    path: /^\/v1\/setup_intents\/([^/]+)$/,
    handle: (ctx, p, [id]) => expand(ctx, ctx.store.get(id!, "setup_intent"), expands(p)),
  },
];
