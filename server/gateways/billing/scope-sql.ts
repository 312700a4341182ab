import type { Scope } from "~/server/auth/scope";
import { Prisma } from "~/server/db/generated/client";
import { notFound } from "~/server/lib/errors";

export const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** SQL condition: the account `ba` belongs to the scope. */
export const accountInScope = (
  scope: Scope,
) => Prisma.sql`ba."customerId" = ${scope.customerId}::uuid AND (${scope.serviceIds}::uuid[] IS NULL
  OR EXISTS (SELECT 1 FROM "Service" s WHERE s."billingAccountId" = ba.id AND s.id = ANY(${scope.serviceIds}::uuid[])))`;

/** A service outside a limited scope is as good as absent. */
export function inScope(scope: Scope, serviceId: string): string {
  if (scope.serviceIds !== null && !scope.serviceIds.includes(serviceId)) throw notFound("service");
  return serviceId;
}
