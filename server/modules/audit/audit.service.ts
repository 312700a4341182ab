// The audit trail: who changed what, for whom — written in the same transaction as the change it records (other
// modules record through `audit`), read by the company's admins, filtered and exported. The table is append-only: a
// trigger refuses UPDATE and DELETE.
import type { CustomerActor } from "~/server/auth/principal";
import type { Deps } from "~/server/container";
import { notFound } from "~/server/lib/errors";
import * as repo from "./audit.repository";
import {
  AUDIT_CSV_MAX_ROWS,
  AUDIT_PAGE_SIZE,
  type AuditEntryView,
  type AuditFilter,
  type AuditListInput,
  type AuditListView,
} from "./audit.schemas";

export { audit, type AuditEntry } from "./audit.repository";

const DAY_MS = 86_400_000;
const whereOf = (actor: CustomerActor, f: AuditFilter): repo.AuditWhere => ({
  customerId: actor.customerId,
  entity: f.entity,
  actorUserId: f.actorUserId,
  from: f.from ? new Date(`${f.from}T00:00:00Z`) : undefined,
  before: f.to ? new Date(new Date(`${f.to}T00:00:00Z`).getTime() + DAY_MS) : undefined,
});

type Row = Awaited<ReturnType<typeof repo.entriesBefore>>[number];
type People = Map<string, { name: string; email: string }>;

/** The entry's data as one line of `key: value` pairs (e-mails, roles, amounts), for the table and the CSV. */
const detailsOf = (data: unknown) =>
  data && typeof data === "object" && !Array.isArray(data)
    ? Object.entries(data as Record<string, unknown>)
        .map(([k, v]) => `${k}: ${typeof v === "object" && v !== null ? JSON.stringify(v) : String(v)}`)
        .join(", ")
    : "";

const viewOf = (r: Row, people: People): AuditEntryView => ({
  id: r.id.toString(),
  at: r.at,
  actor: r.actorUserId ? (people.get(r.actorUserId) ?? null) : null,
  action: r.action,
  entity: r.entity,
  entityId: r.entityId,
  details: detailsOf(r.data),
});

async function peopleOf(deps: Deps, rows: { actorUserId: string | null }[]): Promise<People> {
  const ids = [...new Set(rows.flatMap((r) => (r.actorUserId ? [r.actorUserId] : [])))];
  return new Map((await repo.usersByIds(deps, ids)).map((u) => [u.id, { name: u.name, email: u.email }]));
}

export async function listAudit(deps: Deps, actor: CustomerActor, input: AuditListInput): Promise<AuditListView> {
  const page = { skip: (input.page - 1) * AUDIT_PAGE_SIZE, take: AUDIT_PAGE_SIZE };
  const [{ rows, total }, facets] = await Promise.all([
    repo.listEntries(deps, whereOf(actor, input), page),
    repo.facets(deps, actor.customerId),
  ]);
  // a person who never acted for this company is not one of its own
  if (input.actorUserId && !facets.actorIds.includes(input.actorUserId)) throw notFound("user");
  const [people, actors] = await Promise.all([peopleOf(deps, rows), repo.usersByIds(deps, facets.actorIds)]);
  return {
    entries: rows.map((r) => viewOf(r, people)),
    total,
    page: input.page,
    pageSize: AUDIT_PAGE_SIZE,
    entities: facets.entities,
    actors: actors.map((u) => ({ userId: u.id, name: u.name, email: u.email })),
  };
}

/** Every entry the filter matches, newest first, a page at a time (for the CSV export; capped). */
export async function* exportAudit(
  deps: Deps,
  actor: CustomerActor,
  filter: AuditFilter,
  pageSize = 1000,
): AsyncGenerator<AuditEntryView[]> {
  let before: bigint | null = null;
  for (let sent = 0; sent < AUDIT_CSV_MAX_ROWS;) {
    const rows = await repo.entriesBefore(deps, whereOf(actor, filter), before, Math.min(pageSize, AUDIT_CSV_MAX_ROWS - sent));
    if (rows.length === 0) return;
    const people = await peopleOf(deps, rows);
    yield rows.map((r) => viewOf(r, people));
    sent += rows.length;
    before = rows[rows.length - 1]!.id;
  }
}
