import { z } from "zod";
import { text } from "~/server/lib/text";

export const AUDIT_PAGE_SIZE = 50;
/** The most rows one CSV export carries (newest first); a narrower filter gets the rest. */
export const AUDIT_CSV_MAX_ROWS = 50_000;
const day = z.iso.date();

export const AuditFilter = z.strictObject({
  entity: text(60).optional(),
  actorUserId: z.uuid().optional(),
  /** calendar days, inclusive, in UTC */
  from: day.optional(),
  to: day.optional(),
});
export type AuditFilter = z.infer<typeof AuditFilter>;

export const AuditListInput = AuditFilter.extend({ page: z.number().int().min(1).max(100_000).default(1) });
export type AuditListInput = z.infer<typeof AuditListInput>;

export const AuditEntryView = z.object({
  id: z.string(),
  at: z.date(),
  actor: z.object({ name: z.string(), email: z.string() }).nullable(),
  action: z.string(),
  entity: z.string(),
  entityId: z.string().nullable(),
  details: z.string(),
});
export type AuditEntryView = z.infer<typeof AuditEntryView>;

export const AuditListView = z.object({
  entries: z.array(AuditEntryView),
  total: z.number(),
  page: z.number(),
  pageSize: z.number(),
  /** what the filters can choose from: the kinds of object and the people in this company's log */
  entities: z.array(z.string()),
  actors: z.array(z.object({ userId: z.string(), name: z.string(), email: z.string() })),
});
export type AuditListView = z.infer<typeof AuditListView>;
