// The service inventory as a customer sees it: every service on every network, within their scope.
import type { CustomerActor } from "~/server/auth/principal";
import { scopeOf } from "~/server/auth/scope";
import type { Deps } from "~/server/container";
import { notFound } from "~/server/lib/errors";
import { toPage } from "~/server/lib/pagination";
import * as repo from "./services.repository";
import type { GetServiceInput, ListServicesInput } from "./services.schemas";

export async function listServices(deps: Deps, actor: CustomerActor, input: ListServicesInput) {
  const { items, total } = await repo.listServices(deps, scopeOf(actor), input);
  return toPage(items, total, input);
}

export async function getService(deps: Deps, actor: CustomerActor, input: GetServiceInput) {
  const service = await repo.findService(deps, scopeOf(actor), input.id);
  if (!service) throw notFound("service");
  return service;
}

/** How many services of each kind and status the caller may see (the dashboard's totals). */
export const countServices = (deps: Deps, actor: CustomerActor) => repo.countByKindAndStatus(deps, scopeOf(actor));
