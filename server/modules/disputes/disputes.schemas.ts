import { z } from "zod";
import { Id } from "~/server/lib/ids";
import { text } from "~/server/lib/text";
import { Money } from "~/server/modules/bills/bills.schemas";

/** Bill line ids are database sequence numbers, sent as digit strings. */
const LineId = z.string().regex(/^\d{1,18}$/, "a bill line id");

export const OpenDisputeInput = z.strictObject({ billId: Id, billLineId: LineId, reason: text(1000).pipe(z.string().trim().min(5)) });
export type OpenDisputeInput = z.infer<typeof OpenDisputeInput>;
export const BillDisputesInput = z.strictObject({ billId: Id });
export const ResolveDisputeInput = z.strictObject({
  disputeId: Id,
  outcome: z.enum(["upheld", "rejected"]),
  /** upheld: the net amount to credit (default: the whole line) */
  creditNetMinor: z.number().int().min(1).max(100_000_000_00).optional(),
  resolution: text(1000).pipe(z.string().trim().min(5)),
});
export type ResolveDisputeInput = z.infer<typeof ResolveDisputeInput>;

export const DisputeView = z.object({
  id: z.string(),
  billId: z.string(),
  billNumber: z.string(),
  billLineId: z.string(),
  lineDescription: z.string(),
  service: z.object({ id: z.string(), identifier: z.string(), label: z.string().nullable() }),
  /** held out of dunning while open (VAT included) */
  amount: Money,
  reason: z.string(),
  status: z.enum(["open", "upheld", "rejected"]),
  resolution: z.string().nullable(),
  creditNote: z.object({ number: z.string(), amount: Money }).nullable(),
  ticket: z.object({ id: z.string(), number: z.string() }),
  createdAt: z.date(),
  resolvedAt: z.date().nullable(),
});
export type DisputeView = z.infer<typeof DisputeView>;
