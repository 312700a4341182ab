import { z } from "zod";
import { Id } from "~/server/lib/ids";
import { BillLine, Money } from "~/server/modules/bills/bills.schemas";

/** `idempotencyKey`: the same key again returns the move it scheduled (a retried request). */
export const MoveServiceInput = z.strictObject({
  serviceId: Id,
  toBillingAccountId: Id,
  idempotencyKey: z.string().min(8).max(100).optional(),
});
export type MoveServiceInput = z.infer<typeof MoveServiceInput>;
export const CancelMoveInput = z.strictObject({ moveId: Id });

const PreviewLine = BillLine.pick({ kind: true, service: true, description: true, amount: true });
const AccountPreview = z
  .object({
    billingAccount: z.object({ id: z.string(), number: z.string(), name: z.string() }),
    /** services on the account after the move */
    services: z.array(z.object({ id: z.string(), identifier: z.string(), label: z.string().nullable(), kind: z.string() })),
    lines: z.array(PreviewLine),
    taxExcludedAmount: Money,
    taxIncludedAmount: Money,
  })
  .nullable();

export const MovePreviewView = z.object({
  period: z.string(),
  effectivePeriod: z.string(),
  from: AccountPreview,
  to: AccountPreview,
});
export type MovePreviewView = z.infer<typeof MovePreviewView>;

export const ScheduledMoveView = z.object({
  id: z.string(),
  effectivePeriod: z.string(),
  service: z.object({ id: z.string(), identifier: z.string(), label: z.string().nullable() }),
  from: z.object({ id: z.string(), number: z.string(), name: z.string() }),
  to: z.object({ id: z.string(), number: z.string(), name: z.string() }),
});
export type ScheduledMoveView = z.infer<typeof ScheduledMoveView>;
