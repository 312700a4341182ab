import { z } from "zod";
import { Id } from "~/server/lib/ids";
import { PaymentView } from "./payments.schemas";

/** A customer's name or e-mail, an account or bill number: at least two characters, so a search is never "all". */
export const SearchPaymentsInput = z.object({ query: z.string().trim().min(2).max(100) });
export type SearchPaymentsInput = z.infer<typeof SearchPaymentsInput>;

export const StaffPaymentView = PaymentView.extend({ customer: z.object({ id: z.string(), name: z.string() }) });
export type StaffPaymentView = z.infer<typeof StaffPaymentView>;

export const RefundInput = z.object({
  paymentId: Id,
  /** Omitted: all that is left to refund. */
  amountMinor: z.number().int().positive().max(100_000_000_000).optional(),
  /** One per press of the button: a retried request refunds once, a second refund is a new key. */
  requestKey: z.uuid(),
});
export type RefundInput = z.infer<typeof RefundInput>;
