// A billing agent refunds a card payment, whole or in part. The refund is made at Stripe (keyed by the press of the
// button, so a retried request refunds once) and booked at once from Stripe's answer, by refund id, exactly as the
// charge.refunded webhook books it when it arrives: whichever comes first posts, the other finds it done.
import type { StaffActor } from "~/server/auth/principal";
import { DomainError, invalid } from "~/server/lib/errors";
import { formatAmount } from "~/server/lib/text";
import { paymentView, stripeOf, type PaymentsDeps } from "../payments.service";
import type { PaymentView } from "../payments.schemas";
import type { RefundInput } from "../staff-payments.schemas";
import { applyRefunds } from "./stripe-events";

export async function refundPayment(deps: PaymentsDeps, staff: StaffActor, input: RefundInput): Promise<PaymentView> {
  const attempt = await deps.payments.byId(input.paymentId);
  if (!attempt) throw new DomainError("NOT_FOUND", "payment not found", { entity: "payment" });
  const left = attempt.amountMinor - attempt.refundedMinor;
  if (attempt.status !== "succeeded" || !attempt.paymentIntentId || left <= 0) {
    throw new DomainError("INVALID_STATE", "only a payment received and not yet refunded in full can be refunded");
  }
  const amountMinor = input.amountMinor ?? left;
  if (amountMinor > left) throw invalid("amountMinor", "more than is left to refund on this payment");

  const stripe = stripeOf(deps.cards);
  const refund = await stripe.refunds.create(
    { payment_intent: attempt.paymentIntentId, amount: amountMinor, metadata: { paymentAttemptId: attempt.id, staffUserId: staff.userId } },
    { idempotencyKey: `refund:${attempt.id}:${input.requestKey}` },
  );
  const chargeId = typeof refund.charge === "string" ? refund.charge : refund.charge?.id;
  if (chargeId) await applyRefunds(deps, attempt, await stripe.charges.retrieve(chargeId), null);
  await deps.payments.audit({
    actorUserId: staff.userId,
    customerId: attempt.customerId,
    action: "payment.refund",
    entity: "PaymentAttempt",
    entityId: attempt.id,
    data: { refundId: refund.id, amount: formatAmount(amountMinor, attempt.currency), billNumber: attempt.billNumber },
  });
  return paymentView((await deps.payments.byId(attempt.id))!);
}
