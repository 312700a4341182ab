import { z } from "zod";
import { Id } from "~/server/lib/ids";
import { text } from "~/server/lib/text";
import { BankCreditView } from "~/server/modules/payments/bank-statement/bank.schemas";
import { BillingAccountView, BillView, Money } from "~/server/modules/bills/bills.schemas";
import { PaymentView } from "~/server/modules/payments/payments.schemas";

/** An e-mail, a name, an account number or a phone number: at least two characters, so a search is never "everyone". */
export const SearchCustomersInput = z.object({ query: z.string().trim().min(2).max(100) });
export type SearchCustomersInput = z.infer<typeof SearchCustomersInput>;

export const customerMatches = ["name", "email", "phone", "account"] as const;
export const CustomerHit = z.object({
  id: z.string(),
  name: z.string(),
  kind: z.enum(["individual", "enterprise"]),
  /** what the query was found in */
  matchedBy: z.array(z.enum(customerMatches)),
  /** the members' e-mails, to tell two customers of one name apart */
  emails: z.array(z.string()),
});
export type CustomerHit = z.infer<typeof CustomerHit>;

export const GetCustomerInput = z.object({ customerId: Id });
export type GetCustomerInput = z.infer<typeof GetCustomerInput>;

export const CreditNoteView = z.object({
  id: z.string(),
  number: z.string(),
  billId: z.string(),
  reason: z.string(),
  issuedAt: z.date(),
  taxIncludedAmount: Money,
});
export type CreditNoteView = z.infer<typeof CreditNoteView>;

export const DisputeSummary = z.object({
  id: z.string(),
  bill: z.object({ id: z.string(), number: z.string() }),
  amount: Money,
  reason: z.string(),
  status: z.enum(["open", "upheld", "rejected"]),
  createdAt: z.date(),
});

export const CustomerAccountView = z.object({
  customer: z.object({ id: z.string(), name: z.string(), kind: z.enum(["individual", "enterprise"]) }),
  members: z.array(z.object({ name: z.string(), email: z.string(), phone: z.string().nullable(), role: z.string() })),
  billingAccounts: z.array(BillingAccountView),
  /** the newest 50 */
  bills: z.array(BillView),
  /** the newest 50, card and bank transfer, with what was refunded of each */
  payments: z.array(PaymentView),
  creditNotes: z.array(CreditNoteView),
  disputes: z.array(DisputeSummary),
  bankCredits: z.array(BankCreditView),
});
export type CustomerAccountView = z.infer<typeof CustomerAccountView>;

export const IssueCreditNoteInput = z.object({
  customerId: Id,
  billId: Id,
  /** Before VAT, in minor units; the billing system adds VAT at the bill's rate. At most the bill's net total. */
  netMinor: z.number().int().positive().max(100_000_000_000),
  reason: text(200).min(3),
  /** One per confirmation: a retried request issues one credit note. */
  requestKey: z.uuid(),
});
export type IssueCreditNoteInput = z.infer<typeof IssueCreditNoteInput>;
