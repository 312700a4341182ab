// The billing system answers per customer scope. A customer-scoped client has one; an operator-wide client
// walks the customers one scope at a time, or just one when the query names the party (relatedParty.id).
import type { Scope } from "~/server/auth/scope";
import { Id } from "~/server/lib/ids";
import { allCustomerIds } from "../clients/api-clients.repository";
import { callerScope } from "../clients/caller-scope";
import type { TmfContext } from "../kit/tmf-api";

export async function billingScopes(ctx: TmfContext, partyId?: string): Promise<Scope[]> {
  const own = callerScope(ctx.caller);
  if (own) return partyId === undefined || partyId === own.customerId ? [own] : [];
  if (partyId !== undefined) return Id.safeParse(partyId).success ? [{ customerId: partyId, serviceIds: null }] : [];
  return (await allCustomerIds(ctx.deps.db)).map((customerId) => ({ customerId, serviceIds: null }));
}

/** The first scope in which `find` finds something, with what it found. */
export async function findInScopes<T>(
  scopes: Scope[],
  find: (scope: Scope) => Promise<T | null>,
): Promise<{ scope: Scope; found: T } | null> {
  for (const scope of scopes) {
    const found = await find(scope);
    if (found) return { scope, found };
  }
  return null;
}

export const partyRef = (customerId: string, name?: string) => ({
  id: customerId,
  ...(name === undefined ? {} : { name }),
  role: "customer",
  "@referredType": "Customer",
  "@type": "RelatedParty",
});
