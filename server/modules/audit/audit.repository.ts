import type { Prisma } from "~/server/db/generated/client";
import type { Tx } from "~/server/db/client";

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
