// Saved cards and autopay. Cards live at Stripe, on one Stripe customer per portal customer; the portal keeps only
// which Stripe customer that is, and the autopay switch per billing account. A card is added through Checkout in
// setup mode, so card details never pass through the portal.
import type Stripe from "stripe";
import type { CustomerActor } from "~/server/auth/principal";
import { scopeOf } from "~/server/auth/scope";
import type { CardPayments } from "~/server/container";
import type { BillingGateway } from "~/server/gateways/billing/billing-gateway";
import type { Clock } from "~/server/lib/clock";
import { DomainError, notFound } from "~/server/lib/errors";
import type { CardsRepository } from "./cards.repository";
import type { CardInput, CardsView, SavedCard, SetAutopayInput } from "./cards.schemas";
import { stripeOf } from "./payments.service";

export type CardsDeps = { billing: BillingGateway; cards: CardPayments; clock: Clock; saved: CardsRepository };

/** The customer's Stripe customer; made on first use, keyed so a retry or a second tab makes no second one. */
async function stripeCustomer(deps: CardsDeps, actor: CustomerActor): Promise<string> {
  const known = await deps.saved.stripeCustomerOf(actor.customerId);
  if (known) return known;
  const made = await stripeOf(deps.cards).customers.create(
    { metadata: { customerId: actor.customerId } },
    { idempotencyKey: `customer:${actor.customerId}` },
  );
  return deps.saved.saveStripeCustomer(actor.customerId, made.id, deps.clock.now());
}

/** Stripe's choice of default card, when one was made (a customer object, or its id when not expanded). */
function chosenDefault(customer: Stripe.Customer | Stripe.DeletedCustomer): string | null {
  if ("deleted" in customer && customer.deleted) return null;
  const pm = (customer as Stripe.Customer).invoice_settings.default_payment_method;
  return typeof pm === "string" ? pm : (pm?.id ?? null);
}

/** The saved cards, newest first; the default is Stripe's, or the newest card when none was chosen. */
export async function savedCards(deps: Pick<CardsDeps, "cards" | "saved">, customerId: string): Promise<SavedCard[]> {
  const stripeCustomerId = await deps.saved.stripeCustomerOf(customerId);
  if (!stripeCustomerId) return [];
  const stripe = stripeOf(deps.cards);
  const [methods, customer] = await Promise.all([
    stripe.paymentMethods.list({ customer: stripeCustomerId, type: "card", limit: 100 }),
    stripe.customers.retrieve(stripeCustomerId),
  ]);
  const cards = methods.data.filter((pm) => pm.card).sort((a, b) => b.created - a.created || b.id.localeCompare(a.id));
  const chosen = chosenDefault(customer);
  const defaultId = cards.some((c) => c.id === chosen) ? chosen : cards[0]?.id;
  return cards.map((pm) => ({
    id: pm.id,
    brand: pm.card!.brand,
    last4: pm.card!.last4,
    expMonth: pm.card!.exp_month,
    expYear: pm.card!.exp_year,
    isDefault: pm.id === defaultId,
  }));
}

export async function listCards(deps: CardsDeps, actor: CustomerActor): Promise<CardsView> {
  const [cards, accounts, settings] = await Promise.all([
    savedCards(deps, actor.customerId),
    deps.billing.listBillingAccounts(scopeOf(actor)),
    deps.saved.autopaySettings(actor.customerId),
  ]);
  const on = new Set(settings.filter((s) => s.enabled).map((s) => s.billingAccountId));
  return {
    cards,
    autopay: accounts.map((a) => ({ billingAccountId: a.id, number: a.number, name: a.name, enabled: on.has(a.id) })),
  };
}

/** Checkout in setup mode: the card is saved on the provider's page, and the browser comes back here. */
export async function addCard(deps: CardsDeps, actor: CustomerActor): Promise<{ checkoutUrl: string }> {
  const customer = await stripeCustomer(deps, actor);
  const back = `${deps.cards.appUrl}/payment-methods`;
  const session = await stripeOf(deps.cards).checkout.sessions.create({
    mode: "setup",
    customer,
    currency: "czk",
    success_url: `${back}?added=1`,
    cancel_url: back,
    setup_intent_data: { metadata: { customerId: actor.customerId } },
    locale: actor.locale,
  });
  if (!session.url) throw new DomainError("UPSTREAM_UNAVAILABLE", "the payment provider gave no checkout page");
  return { checkoutUrl: session.url };
}

/** A card of this customer's; NOT_FOUND for any other id, a stranger's card included. */
async function ownCard(deps: CardsDeps, actor: CustomerActor, paymentMethodId: string): Promise<SavedCard[]> {
  const cards = await savedCards(deps, actor.customerId);
  if (!cards.some((c) => c.id === paymentMethodId)) throw notFound("card");
  return cards;
}

export async function setDefaultCard(deps: CardsDeps, actor: CustomerActor, input: CardInput): Promise<CardsView> {
  await ownCard(deps, actor, input.paymentMethodId);
  const customer = (await deps.saved.stripeCustomerOf(actor.customerId))!;
  await stripeOf(deps.cards).customers.update(customer, { invoice_settings: { default_payment_method: input.paymentMethodId } });
  return listCards(deps, actor);
}

/** Removing the last card turns autopay off: there would be nothing left to charge. */
export async function removeCard(deps: CardsDeps, actor: CustomerActor, input: CardInput): Promise<CardsView> {
  const cards = await ownCard(deps, actor, input.paymentMethodId);
  await stripeOf(deps.cards).paymentMethods.detach(input.paymentMethodId);
  if (cards.length === 1) await deps.saved.autopayOffForCustomer(actor.customerId, actor.userId, deps.clock.now());
  return listCards(deps, actor);
}

export async function setAutopay(deps: CardsDeps, actor: CustomerActor, input: SetAutopayInput): Promise<CardsView> {
  const accounts = await deps.billing.listBillingAccounts(scopeOf(actor));
  if (!accounts.some((a) => a.id === input.billingAccountId)) throw notFound("billing account");
  if (input.enabled && (await savedCards(deps, actor.customerId)).length === 0) {
    throw new DomainError("INVALID_STATE", "save a card before turning autopay on", { field: "enabled" });
  }
  await deps.saved.setAutopay({ ...input, customerId: actor.customerId, userId: actor.userId }, deps.clock.now());
  return listCards(deps, actor);
}
