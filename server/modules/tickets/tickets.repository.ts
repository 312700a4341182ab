// Portal-side facts the ticket screens combine with the repair system's records: services and customers.
import { serviceWhere, type Scope } from "~/server/auth/scope";
import type { Db } from "~/server/db/client";

const serviceSelect = { id: true, kind: true, identifier: true, label: true, status: true, area: true, installationAddress: true, customerId: true } as const;

/** A service within the caller's scope, with what a fault report needs; null = not theirs or absent. */
export async function findScopedService(db: Db, scope: Scope, id: string) {
  return db.service.findFirst({ where: { ...serviceWhere(scope), AND: [{ id }] }, select: serviceSelect });
}

export type ServiceFacts = NonNullable<Awaited<ReturnType<typeof findScopedService>>>;

export async function servicesById(db: Db, ids: string[]) {
  const rows = ids.length ? await db.service.findMany({ where: { id: { in: [...new Set(ids)] } }, select: serviceSelect }) : [];
  return new Map(rows.map((r) => [r.id, r]));
}

export async function tierOf(db: Db, customerId: string) {
  const c = await db.customer.findUnique({ where: { id: customerId }, select: { slaTier: true } });
  return c?.slaTier ?? "standard";
}

/** The caller's services that have a site (an area), for the outage banner. */
export async function scopedSites(db: Db, scope: Scope) {
  return db.service.findMany({ where: { ...serviceWhere(scope), area: { not: null }, status: { not: "terminated" } }, select: { id: true, kind: true, area: true } });
}
