// The service inventory as a customer sees it: every service on every network, within their scope.
import type { CustomerActor } from "~/server/auth/principal";
import { scopeOf } from "~/server/auth/scope";
import type { Deps } from "~/server/container";
import { notFound } from "~/server/lib/errors";
import { toPage } from "~/server/lib/pagination";
import * as repo from "./services.repository";
import type { GetServiceInput, ListServicesInput } from "./services.schemas";

export async function listServices({ db }: Deps, actor: CustomerActor, input: ListServicesInput) {
  const { items, total } = await repo.listServices(db, scopeOf(actor), input);
  return toPage(items, total, input);
}

export async function getService({ db }: Deps, actor: CustomerActor, input: GetServiceInput) {
  const service = await repo.findService(db, scopeOf(actor), input.id);
  if (!service) throw notFound("service");
  return service;
}
