import type { Prisma } from "~/server/db/generated/client";
import type { Tx } from "~/server/db/client";
import type { HasDb } from "~/server/db/transaction";

export type AuditEntry = {
  actorUserId: string | null;
  customerId?: string | null;
  action: string;
  entity: string;
  entityId?: string | null;
  data?: Prisma.InputJsonValue;
};

/** Written in the same transaction as the change it records. */
export const audit = (tx: Tx, entry: AuditEntry) => tx.auditLog.create({ data: { ...entry, data: entry.data ?? {} } });

export type AuditWhere = { customerId: string; entity?: string; actorUserId?: string; from?: Date; before?: Date };

// Only the filters given: an undefined key in a where is refused (server/db/guard.ts).
const whereOf = (w: AuditWhere): Prisma.AuditLogWhereInput => ({
  customerId: w.customerId,
  ...(w.entity ? { entity: w.entity } : {}),
  ...(w.actorUserId ? { actorUserId: w.actorUserId } : {}),
  ...(w.from || w.before ? { at: { ...(w.from ? { gte: w.from } : {}), ...(w.before ? { lt: w.before } : {}) } } : {}),
});

const entrySelect = { id: true, at: true, actorUserId: true, action: true, entity: true, entityId: true, data: true } as const;

export async function listEntries({ db }: HasDb, where: AuditWhere, page: { skip: number; take: number }) {
  const [rows, total] = await Promise.all([
    db.auditLog.findMany({ where: whereOf(where), orderBy: { id: "desc" }, skip: page.skip, take: page.take, select: entrySelect }),
    db.auditLog.count({ where: whereOf(where) }),
  ]);
  return { rows, total };
}

/** One page of the export, newest first, after the last id of the page before (keyset: no rows skipped or repeated). */
export const entriesBefore = ({ db }: HasDb, where: AuditWhere, beforeId: bigint | null, take: number) =>
  db.auditLog.findMany({
    where: { ...whereOf(where), ...(beforeId === null ? {} : { id: { lt: beforeId } }) },
    orderBy: { id: "desc" },
    take,
    select: entrySelect,
  });

/** The kinds of object and the people that appear in the company's log, for the filters. */
export async function facets({ db }: HasDb, customerId: string) {
  const [entities, actors] = await Promise.all([
    db.auditLog.findMany({ where: { customerId }, distinct: ["entity"], select: { entity: true }, orderBy: { entity: "asc" } }),
    db.auditLog.findMany({ where: { customerId, actorUserId: { not: null } }, distinct: ["actorUserId"], select: { actorUserId: true } }),
  ]);
  return { entities: entities.map((e) => e.entity), actorIds: actors.map((a) => a.actorUserId!) };
}

export const usersByIds = ({ db }: HasDb, ids: string[]) =>
  db.user.findMany({ where: { id: { in: ids } }, select: { id: true, name: true, email: true }, orderBy: { name: "asc" } });
