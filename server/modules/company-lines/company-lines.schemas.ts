import { z } from "zod";
import { PageInput, PageOf } from "~/server/lib/pagination";
import { text } from "~/server/lib/text";
import { serviceKinds } from "~/server/modules/services/services.schemas";

export const serviceStatuses = ["pending", "active", "suspended", "terminated"] as const;
export const lineSorts = ["identifier", "label", "kind", "status", "costCentre", "assignedTo"] as const;
/** "none" filters the lines without a cost centre (or without a person). */
const idOrNone = z.union([z.uuid(), z.literal("none")]);
/** How many lines one bulk change may name. */
export const MAX_BULK_LINES = 500;
/** The largest assignments file taken in (about 20,000 rows). */
export const MAX_IMPORT_BYTES = 1_000_000;

export const LineFilter = z.strictObject({
  q: text(100).optional(),
  kind: z.enum(serviceKinds).optional(),
  status: z.enum(serviceStatuses).optional(),
  costCentreId: idOrNone.optional(),
  assignedUserId: idOrNone.optional(),
});
export type LineFilter = z.infer<typeof LineFilter>;

export const ListLinesInput = LineFilter.extend({
  ...PageInput.shape,
  sort: z.enum(lineSorts).default("identifier"),
  dir: z.enum(["asc", "desc"]).default("asc"),
});
export type ListLinesInput = z.infer<typeof ListLinesInput>;

export const CompanyLineView = z.object({
  id: z.string(),
  identifier: z.string(),
  label: z.string().nullable(),
  kind: z.enum(serviceKinds),
  status: z.enum(serviceStatuses),
  plan: z.string(),
  costCentre: z.object({ id: z.string(), code: z.string(), name: z.string() }).nullable(),
  assignedTo: z.object({ userId: z.string(), name: z.string(), email: z.string() }).nullable(),
});
export type CompanyLineView = z.infer<typeof CompanyLineView>;

export const CompanyLinesView = PageOf(CompanyLineView);
export type CompanyLinesView = z.infer<typeof CompanyLinesView>;

/** What the filters and the bulk bar choose from: the company's cost centres and its active people. */
export const LineChoicesView = z.object({
  costCentres: z.array(z.object({ id: z.string(), code: z.string(), name: z.string() })),
  people: z.array(z.object({ userId: z.string(), name: z.string(), email: z.string() })),
});
export type LineChoicesView = z.infer<typeof LineChoicesView>;

/** Put lines in a cost centre and/or give them to a person (null = none); at least one of the two. */
export const AssignLinesInput = z
  .strictObject({
    serviceIds: z.array(z.uuid()).min(1).max(MAX_BULK_LINES),
    costCentreId: z.uuid().nullable().optional(),
    assignedUserId: z.uuid().nullable().optional(),
  })
  .refine((i) => i.costCentreId !== undefined || i.assignedUserId !== undefined, { message: "nothing to change", path: ["costCentreId"] });
export type AssignLinesInput = z.infer<typeof AssignLinesInput>;

export const ImportInput = z.strictObject({ csv: z.string().min(1).max(MAX_IMPORT_BYTES) });
export type ImportInput = z.infer<typeof ImportInput>;

export const importProblems = [
  "missingIdentifierColumn",
  "noChangeColumns",
  "unreadable",
  "unknownLine",
  "unknownCostCentre",
  "archivedCostCentre",
  "unknownPerson",
  "duplicateLine",
  "emptyIdentifier",
] as const;
export type ImportProblem = (typeof importProblems)[number];

export const ImportView = z.object({
  /** nothing was written when any row has a problem */
  applied: z.boolean(),
  /** the file's own problem (header, encoding), before any row */
  fileProblem: z.enum(importProblems).nullable(),
  rows: z.array(
    z.object({
      line: z.number(),
      identifier: z.string(),
      costCentre: z.string().nullable().optional(),
      assignee: z.string().nullable().optional(),
      problems: z.array(z.enum(importProblems)),
      changes: z.boolean(),
    }),
  ),
  changed: z.number(),
});
export type ImportView = z.infer<typeof ImportView>;
