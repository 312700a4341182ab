// Portal facts the bureau's screens put beside the repair system's tickets: the service and the customer's name.
import type { Db } from "~/server/db/client";

const serviceSelect = { id: true, kind: true, identifier: true, label: true, status: true, area: true, installationAddress: true, customerId: true } as const;

export async function servicesById(db: Db, ids: string[]) {
  const rows = ids.length ? await db.service.findMany({ where: { id: { in: [...new Set(ids)] } }, select: serviceSelect }) : [];
  return new Map(rows.map((r) => [r.id, r]));
}

export async function customerNamesById(db: Db, ids: string[]) {
  const rows = ids.length ? await db.customer.findMany({ where: { id: { in: [...new Set(ids)] } }, select: { id: true, name: true } }) : [];
  return new Map(rows.map((r) => [r.id, r.name]));
}
