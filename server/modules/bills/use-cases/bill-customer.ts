// Who the bill is addressed to, for its PDF: the acting customer, whose bill bills.get has just let through.
import type { CustomerActor } from "~/server/auth/principal";
import type { Deps } from "~/server/container";
import { notFound } from "~/server/lib/errors";
import { customerIdentity } from "../bills.repository";

export async function billCustomer(deps: Pick<Deps, "db">, actor: CustomerActor) {
  const customer = await customerIdentity(deps, actor.customerId);
  if (!customer) throw notFound("customer");
  return customer;
}
