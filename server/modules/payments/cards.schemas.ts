import { z } from "zod";
import { Id } from "~/server/lib/ids";

/** Stripe's PaymentMethod id: not a UUID, but still an object of one customer's (foreign → NOT_FOUND). */
export const PaymentMethodId = z.string().regex(/^pm_[A-Za-z0-9_]{1,100}$/, "not a saved card");

export const SavedCard = z.object({
  id: z.string(),
  brand: z.string(),
  last4: z.string(),
  expMonth: z.number().int(),
  expYear: z.number().int(),
  isDefault: z.boolean(),
});
export type SavedCard = z.infer<typeof SavedCard>;

export const CardsView = z.object({
  cards: z.array(SavedCard),
  autopay: z.array(z.object({ billingAccountId: z.string(), number: z.string(), name: z.string(), enabled: z.boolean() })),
});
export type CardsView = z.infer<typeof CardsView>;

export const CardInput = z.object({ paymentMethodId: PaymentMethodId });
export type CardInput = z.infer<typeof CardInput>;

export const SetAutopayInput = z.object({ billingAccountId: Id, enabled: z.boolean() });
export type SetAutopayInput = z.infer<typeof SetAutopayInput>;

export const AddCardView = z.object({ checkoutUrl: z.string() });
