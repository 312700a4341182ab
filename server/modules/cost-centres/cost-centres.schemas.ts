import { z } from "zod";
import { text } from "~/server/lib/text";

const id = z.uuid();
/** A centre's code as the company's books use it: letters, digits, dash, dot, underscore. */
export const CostCentreCode = text(20).pipe(
  z.string().regex(/^[A-Za-z0-9][A-Za-z0-9._-]*$/, "Use letters, digits, dot, dash or underscore"),
);
export const CostCentreName = text(80).pipe(z.string().min(1, "Enter a name"));

export const CreateCostCentreInput = z.strictObject({ code: CostCentreCode, name: CostCentreName });
export type CreateCostCentreInput = z.infer<typeof CreateCostCentreInput>;
export const RenameCostCentreInput = z.strictObject({ costCentreId: id, name: CostCentreName });
export type RenameCostCentreInput = z.infer<typeof RenameCostCentreInput>;
export const SetCostCentreArchivedInput = z.strictObject({ costCentreId: id, archived: z.boolean() });
export type SetCostCentreArchivedInput = z.infer<typeof SetCostCentreArchivedInput>;
export const CostCentreInput = z.strictObject({ costCentreId: id });
export type CostCentreInput = z.infer<typeof CostCentreInput>;

const money = z.object({ amountMinor: z.number(), currency: z.string() });
const spend = z.object({
  /** charges so far in the period now running (not yet billed), VAT shared out as on a bill */
  thisMonth: money.nullable(),
  /** on the latest issued bill */
  lastMonth: money.nullable(),
});
export type SpendPair = z.infer<typeof spend>;

export const CostCentresView = z.object({
  centres: z.array(spend.extend({ id: z.string(), code: z.string(), name: z.string(), archived: z.boolean(), lineCount: z.number() })),
  /** lines in no centre */
  unassigned: spend.extend({ lineCount: z.number() }),
  /** the periods the two columns show (the newest of the company's accounts) */
  periods: z.object({ thisMonth: z.string().nullable(), lastMonth: z.string().nullable() }),
});
export type CostCentresView = z.infer<typeof CostCentresView>;

export const CostCentreLinesView = z.object({
  id: z.string(),
  code: z.string(),
  name: z.string(),
  archived: z.boolean(),
  lines: z.array(z.object({ id: z.string(), kind: z.string(), identifier: z.string(), label: z.string().nullable(), status: z.string() })),
});
export type CostCentreLinesView = z.infer<typeof CostCentreLinesView>;

export const CreatedCostCentreView = z.object({ costCentreId: z.string() });
