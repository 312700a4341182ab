// The one scope gate: every tenant-owned query is filtered by what this builds from the Principal.
import type { CustomerActor } from "./principal";

export type Scope = { customerId: string; serviceIds: string[] | null };

export const scopeOf = (actor: CustomerActor): Scope => ({ customerId: actor.customerId, serviceIds: actor.serviceIds });

/** Prisma `where` for services visible in a scope. */
export function serviceWhere(scope: Scope) {
  return scope.serviceIds === null ? { customerId: scope.customerId } : { customerId: scope.customerId, id: { in: scope.serviceIds } };
}
