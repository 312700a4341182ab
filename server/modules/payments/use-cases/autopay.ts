// Autopay: a bill issued on an account with autopay on is announced (cards.repository scheduleAutopayRun), then
// charged to the default card off-session once its time comes. The charge is keyed autopay:<billId> at Stripe and
// the ledger posting by the PaymentIntent id, so a job retried after any crash charges and books once; a webhook of
// the same charge (payment_intent.succeeded) books it too if the job died before it could.
import Stripe from "stripe";
import { formatAmount } from "~/server/lib/text";
import type { AutopayRun } from "../cards.repository";
import { savedCards, type CardsDeps } from "../cards.service";
import { stripeOf } from "../payments.service";

/** The day a charge falls due, as a notice tells it (the portal's zone). */
export const autopayDay = (d: Date) => new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeZone: "Europe/Prague" }).format(d);

export type AutopayResult = { charged: number; failed: number; skipped: number };

export async function chargeDueAutopay(deps: CardsDeps): Promise<AutopayResult> {
  const result: AutopayResult = { charged: 0, failed: 0, skipped: 0 };
  for (const run of await deps.saved.dueRuns(deps.clock.now())) result[await chargeRun(deps, run)]++;
  return result;
}

async function chargeRun(deps: CardsDeps, run: AutopayRun): Promise<keyof AutopayResult> {
  const now = deps.clock.now();
  const bill = await deps.billing.getBill({ customerId: run.customerId, serviceIds: null }, run.billId);
  const due = bill?.remainingAmount.amountMinor ?? 0;
  const amount = (minor: number) => formatAmount(minor, run.currency);
  // Paid since the run was scheduled: perhaps by this run's own charge, made by a round (or booked by a webhook) that
  // died before ending the run. That charge is booked (once, by its id) and ends the run; it is never made again.
  const own = bill && due < run.amountMinor ? await chargeMade(deps, run) : null;
  if (own) return (await bookAutopay(deps, run.billId, own, await cardUsed(deps, run, own))) ? "charged" : "skipped";
  // Switched off, or paid another way meanwhile: nothing to charge, nobody to tell.
  if (!bill || due <= 0 || !(await deps.saved.autopayOn(run.billingAccountId))) {
    await deps.saved.finishRun(run.billId, { status: "skipped" }, null, now);
    return "skipped";
  }
  const failed = async (failureCode: string) => {
    const data = { amount: amount(due), date: autopayDay(new Date(`${bill.paymentDueDate}T12:00:00Z`)), outcome: "failed" as const };
    const ended = await deps.saved.finishRun(run.billId, { status: "failed", failureCode }, { kind: "payment.autopay", data }, now);
    return ended ? ("failed" as const) : ("skipped" as const);
  };
  const card = (await savedCards(deps, run.customerId)).find((c) => c.isDefault);
  const stripeCustomerId = await deps.saved.stripeCustomerOf(run.customerId);
  if (!card || !stripeCustomerId) return failed("no_saved_card");
  try {
    const intent = await stripeOf(deps.cards).paymentIntents.create(
      {
        amount: Math.min(due, run.amountMinor),
        currency: run.currency.toLowerCase(),
        customer: stripeCustomerId,
        payment_method: card.id,
        confirm: true,
        off_session: true,
        metadata: { autopayBillId: run.billId, billId: run.billId, billingAccountId: run.billingAccountId, customerId: run.customerId },
      },
      { idempotencyKey: `autopay:${run.billId}` },
    );
    if (intent.status !== "succeeded") return failed(intent.last_payment_error?.decline_code ?? intent.status);
    // A job running the same run at once gets the same charge back (its key) and ends nothing: counted once.
    return (await bookAutopay(deps, run.billId, intent, { brand: card.brand, last4: card.last4 })) ? "charged" : "skipped";
  } catch (error) {
    if (error instanceof Stripe.errors.StripeCardError) return failed(error.decline_code ?? error.code ?? "card_declined");
    throw error;
  }
}

/** The succeeded charge Stripe holds for this run, if one was made (its key allows one); newest first, none before the run. */
async function chargeMade(deps: CardsDeps, run: AutopayRun): Promise<Stripe.PaymentIntent | null> {
  const customer = await deps.saved.stripeCustomerOf(run.customerId);
  if (!customer) return null;
  const since = Math.floor(run.chargeAt.getTime() / 1000) - DAY_S;
  for await (const intent of stripeOf(deps.cards).paymentIntents.list({ customer, created: { gte: since }, limit: 100 })) {
    if (intent.created < since) break;
    if (intent.metadata.autopayBillId === run.billId && intent.status === "succeeded") return intent;
  }
  return null;
}
/** Slack for the clocks of the job and Stripe when looking for a run's charge. */
const DAY_S = 86_400;

async function cardUsed(deps: CardsDeps, run: AutopayRun, intent: Stripe.PaymentIntent) {
  const card = (await savedCards(deps, run.customerId)).find((c) => c.id === intent.payment_method);
  return { brand: card?.brand ?? null, last4: card?.last4 ?? null };
}

/** Posts a succeeded autopay charge to the ledger (idempotent by its id) and ends the run once, with the notice. */
export async function bookAutopay(
  deps: Pick<CardsDeps, "billing" | "saved" | "clock">,
  billId: string,
  intent: Stripe.PaymentIntent,
  card: { brand: string | null; last4: string | null },
): Promise<boolean> {
  const billingAccountId = intent.metadata.billingAccountId;
  if (!billingAccountId) return false;
  await deps.billing.postPayment({
    billingAccountId,
    billId,
    amountMinor: intent.amount_received,
    reference: intent.id,
    postedAt: deps.clock.now(),
  });
  const data = { amount: formatAmount(intent.amount_received, intent.currency.toUpperCase()) };
  return deps.saved.finishRun(
    billId,
    { status: "charged", paymentIntentId: intent.id, cardBrand: card.brand, cardLast4: card.last4 },
    { kind: "payment.received", data },
    deps.clock.now(),
  );
}
