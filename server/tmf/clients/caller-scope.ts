// How an API client meets the portal's rules: a customer-scoped client reads through the same scope gate as
// the customer's own users (server/auth/scope.ts); an operator-wide one reads everything.
import type { CustomerActor } from "~/server/auth/principal";
import type { Scope } from "~/server/auth/scope";
import type { CustomerKind } from "~/server/db/generated/enums";
import type { ApiCaller } from "./api-clients.repository";

/** The customer scope of a customer-scoped client; null for an operator-wide one. */
export const callerScope = (caller: ApiCaller): Scope | null =>
  caller.customer ? { customerId: caller.customer.id, serviceIds: null } : null;

/** The actor the portal's use cases see when the client acts for `customer`: its acting user, with the whole customer in view. */
export const actorFor = (caller: ApiCaller, customer: { id: string; kind: CustomerKind }): CustomerActor => ({
  kind: "customer",
  userId: caller.actingUserId,
  locale: "en",
  customerId: customer.id,
  customerKind: customer.kind,
  role: "owner",
  serviceIds: null,
});
