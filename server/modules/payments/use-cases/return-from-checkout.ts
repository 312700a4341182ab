import type { CustomerActor } from "~/server/auth/principal";
import { ownAttempt, paymentView, type PaymentsDeps } from "../payments.service";
import type { GetPaymentInput, PaymentView } from "../payments.schemas";
import { syncAttempt } from "./stripe-events";

/** The customer is back on the bill: book the payment now if Stripe has it, so the page shows it paid at once. */
export async function returnFromCheckout(deps: PaymentsDeps, actor: CustomerActor, input: GetPaymentInput): Promise<PaymentView> {
  const attempt = await ownAttempt(deps, actor, input.paymentId);
  await syncAttempt(deps, attempt);
  return paymentView((await deps.payments.byId(attempt.id)) ?? attempt);
}
