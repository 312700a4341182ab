import { z } from "zod";
import { Id } from "~/server/lib/ids";

const IsoDate = z.iso.date();
const Money = z.object({ amountMinor: z.number().int(), currency: z.string() });
const entryKinds = ["bill", "payment", "refund", "credit_note"] as const;

export const GetStatementInput = z.strictObject({ billingAccountId: Id, from: IsoDate, to: IsoDate });
export type GetStatementInput = z.infer<typeof GetStatementInput>;

export const StatementView = z.object({
  billingAccount: z.object({ id: z.string(), number: z.string(), name: z.string(), currency: z.string(), customerName: z.string() }),
  from: z.string(),
  to: z.string(),
  openingBalance: Money,
  entries: z.array(
    z.object({
      date: z.string(),
      kind: z.enum(entryKinds),
      reference: z.string(),
      billNo: z.string().nullable(),
      amount: Money,
      balance: Money,
    }),
  ),
  closingBalance: Money,
});
export type StatementView = z.infer<typeof StatementView>;

export const CertificateInput = z.strictObject({ billingAccountId: Id });
export type CertificateInput = z.infer<typeof CertificateInput>;

const certificateRefusals = ["overdue", "balance"] as const;
export const CertificateView = z.object({
  eligible: z.boolean(),
  /** why not, when not eligible: overdue bills first, else a positive balance */
  reason: z.enum(certificateRefusals).nullable(),
  asOf: z.string(),
  balance: Money,
  billingAccount: z.object({ id: z.string(), number: z.string(), name: z.string(), customerName: z.string() }),
  /** printed on the certificate; only when eligible */
  verificationCode: z.string().nullable(),
});
export type CertificateView = z.infer<typeof CertificateView>;
