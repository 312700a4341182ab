import { z } from "zod";
import { Id } from "~/server/lib/ids";
import { PageInput, PageOf } from "~/server/lib/pagination";
import { Money } from "~/server/modules/bills/bills.schemas";

export const StartPaymentInput = z.object({
  billId: Id,
  /** A part of the amount due, in minor units; without it the whole amount due is charged. */
  amountMinor: z.number().int().positive().max(100_000_000_000).optional(),
});
export type StartPaymentInput = z.infer<typeof StartPaymentInput>;

export const CheckoutView = z.object({ paymentId: z.string(), checkoutUrl: z.string() });
export type CheckoutView = z.infer<typeof CheckoutView>;

export const PaymentState = z.enum(["processing", "succeeded", "partially_refunded", "refunded", "cancelled"]);
export type PaymentState = z.infer<typeof PaymentState>;

export const PaymentView = z.object({
  id: z.string(),
  bill: z.object({ id: z.string(), number: z.string() }),
  billingAccountId: z.string(),
  amount: Money,
  refunded: Money,
  state: PaymentState,
  method: z.enum(["card", "bank_transfer"]),
  card: z.object({ brand: z.string(), last4: z.string() }).nullable(),
  /** the last decline while the checkout was open (card_declined, insufficient_funds, …) */
  declineCode: z.string().nullable(),
  createdAt: z.date(),
  paidAt: z.date().nullable(),
});
export type PaymentView = z.infer<typeof PaymentView>;

export const ListPaymentsInput = PageInput.extend({ billId: Id.optional() });
export type ListPaymentsInput = z.infer<typeof ListPaymentsInput>;
export const PaymentPage = PageOf(PaymentView);

export const GetPaymentInput = z.object({ paymentId: Id });
export type GetPaymentInput = z.infer<typeof GetPaymentInput>;
