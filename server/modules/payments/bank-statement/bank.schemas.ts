import { z } from "zod";
import { Id } from "~/server/lib/ids";
import { text } from "~/server/lib/text";
import { Money } from "~/server/modules/bills/bills.schemas";
import { unmatchedReasons } from "./matcher";
import { entryErrorCodes, statementFormats } from "./statement";

/** A statement file as text: CAMT.053 XML or CSV, told apart by its content. 5 MB holds thousands of entries. */
export const ImportStatementInput = z.object({
  fileName: text(200).min(1),
  content: z.string().min(1).max(5_000_000),
});
export type ImportStatementInput = z.infer<typeof ImportStatementInput>;

export const EntryErrorView = z.object({
  entry: z.number().int(),
  field: z.string().nullable(),
  code: z.enum(entryErrorCodes),
  detail: z.string().optional(),
});
export type EntryErrorView = z.infer<typeof EntryErrorView>;

export const ImportSummary = z.object({
  importId: z.string(),
  format: z.enum(statementFormats),
  credits: z.number().int(),
  /** credits already imported before (by entry reference): nothing was done with them again */
  known: z.number().int(),
  matched: z.number().int(),
  unmatched: z.number().int(),
  debits: z.number().int(),
  /** entries not booked yet (pending at the bank) */
  ignored: z.number().int(),
});
export type ImportSummary = z.infer<typeof ImportSummary>;

/** A malformed file imports nothing: `errors` says what is wrong with each entry, and `summary` is null. */
export const ImportResult = z.object({ errors: z.array(EntryErrorView), summary: ImportSummary.nullable() });
export type ImportResult = z.infer<typeof ImportResult>;

export const BankCreditState = z.enum(["pending", "matched", "unmatched", "assigned", "returned"]);
export const BankCreditView = z.object({
  id: z.string(),
  entryRef: z.string(),
  bookedOn: z.string(),
  amount: Money,
  variableSymbol: z.string().nullable(),
  message: z.string().nullable(),
  payerName: z.string().nullable(),
  payerAccount: z.string().nullable(),
  state: BankCreditState,
  reason: z.enum(unmatchedReasons).nullable(),
  bill: z.object({ id: z.string(), number: z.string() }).nullable(),
  customerId: z.string().nullable(),
  paymentId: z.string().nullable(),
});
export type BankCreditView = z.infer<typeof BankCreditView>;

export const ListCreditsInput = z.object({ state: BankCreditState.default("unmatched") });
export type ListCreditsInput = z.infer<typeof ListCreditsInput>;

export const AssignCreditInput = z.object({ creditId: Id, billNumber: text(40).min(3) });
export type AssignCreditInput = z.infer<typeof AssignCreditInput>;

export const ReturnCreditInput = z.object({ creditId: Id });
export type ReturnCreditInput = z.infer<typeof ReturnCreditInput>;
