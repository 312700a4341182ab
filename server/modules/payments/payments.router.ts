import { z } from "zod";
import { billingProcedure, createRouter, staffProcedure } from "~/server/api/trpc";
import { paymentsDeps } from "./payment-deps";
import * as payments from "./payments.service";
import { CheckoutView, GetPaymentInput, ListPaymentsInput, PaymentPage, PaymentView, StartPaymentInput } from "./payments.schemas";
import { RefundInput, SearchPaymentsInput, StaffPaymentView } from "./staff-payments.schemas";
import { refundPayment } from "./use-cases/refund-payment";
import { returnFromCheckout } from "./use-cases/return-from-checkout";

export const paymentsRouter = createRouter({
  /** Pay a bill (all that is due, or a part): the Stripe Checkout page to send the browser to. */
  start: billingProcedure
    .input(StartPaymentInput)
    .output(CheckoutView)
    .mutation(({ ctx, input }) => payments.startPayment(paymentsDeps(ctx.deps), ctx.actor, input)),
  list: billingProcedure
    .input(ListPaymentsInput)
    .output(PaymentPage)
    .query(({ ctx, input }) => payments.listPayments(paymentsDeps(ctx.deps), ctx.actor, input)),
  get: billingProcedure
    .input(GetPaymentInput)
    .output(PaymentView)
    .query(({ ctx, input }) => payments.getPayment(paymentsDeps(ctx.deps), ctx.actor, input)),
  /** Back from checkout: the payment as Stripe has it now (asked, not waiting for the webhook). */
  returned: billingProcedure
    .input(GetPaymentInput)
    .output(PaymentView)
    .mutation(({ ctx, input }) => returnFromCheckout(paymentsDeps(ctx.deps), ctx.actor, input)),
  /** Billing agents: find a customer's payments (name, e-mail, account or bill number). */
  search: staffProcedure("payments.refund")
    .input(SearchPaymentsInput)
    .output(z.array(StaffPaymentView))
    .query(({ ctx, input }) => payments.searchPayments(paymentsDeps(ctx.deps), input.query)),
  /** Billing agents: refund a card payment, whole or in part (audited). */
  refund: staffProcedure("payments.refund")
    .input(RefundInput)
    .output(PaymentView)
    .mutation(({ ctx, input }) => refundPayment(paymentsDeps(ctx.deps), ctx.actor, input)),
});
