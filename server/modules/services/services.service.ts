// The service inventory as a customer sees it: every service on every network, within their scope.
import type { CustomerActor } from "~/server/auth/principal";
import { scopeOf, type Scope } from "~/server/auth/scope";
import type { Deps } from "~/server/container";
import { notFound } from "~/server/lib/errors";
import { toPage } from "~/server/lib/pagination";
import * as repo from "./services.repository";
import { wholeServiceOff } from "~/server/domain/billing/suspension";
import type { GetServiceInput, ListServicesInput, ServiceView } from "./services.schemas";

/** Each service with its open debt suspension from the billing system (one read for the page). */
async function withSuspensions<S extends { id: string }>(
  { billing }: Deps,
  scope: Scope,
  services: S[],
): Promise<(S & Pick<ServiceView, "suspension">)[]> {
  const open = services.length ? await billing.listSuspensions(scope, { openOnly: true }) : [];
  const byService = new Map(open.map((s) => [s.serviceId, s]));
  return services.map((s) => {
    const x = byService.get(s.id);
    return {
      ...s,
      suspension: x ? { reason: x.reason, since: x.suspendedAt, barred: x.barred, wholeService: wholeServiceOff(x.barred) } : null,
    };
  });
}

export async function listServices(deps: Deps, actor: CustomerActor, input: ListServicesInput) {
  const { items, total } = await repo.listServices(deps, scopeOf(actor), input);
  return toPage(await withSuspensions(deps, scopeOf(actor), items), total, input);
}

export async function getService(deps: Deps, actor: CustomerActor, input: GetServiceInput) {
  const service = await repo.findService(deps, scopeOf(actor), input.id);
  if (!service) throw notFound("service");
  return (await withSuspensions(deps, scopeOf(actor), [service]))[0]!;
}

/** How many services of each kind and status the caller may see (the dashboard's totals). */
export const countServices = (deps: Deps, actor: CustomerActor) => repo.countByKindAndStatus(deps, scopeOf(actor));
