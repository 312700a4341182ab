// Bills as the account holder sees them: read through the billing gateway, always in the caller's scope.
import type { CustomerActor } from "~/server/auth/principal";
import { scopeOf, type Scope } from "~/server/auth/scope";
import type { Deps } from "~/server/container";
import type { BillingGateway } from "~/server/gateways/billing/billing-gateway";
import { notFound } from "~/server/lib/errors";
import type { GetBillInput, ListBillsInput } from "./bills.schemas";

export const listAccounts = ({ billing }: Deps, actor: CustomerActor) => billing.listBillingAccounts(scopeOf(actor));

export async function listBills({ billing }: Deps, actor: CustomerActor, input: ListBillsInput) {
  const { page, pageSize, ...filters } = input;
  const scope = scopeOf(actor);
  if (filters.billingAccountId) await accountOf(billing, scope, filters.billingAccountId);
  return billing.listBills(scope, filters, { page, pageSize });
}

/** The scope's billing account, or NOT_FOUND (another customer's account looks absent). */
export async function accountOf(billing: BillingGateway, scope: Scope, billingAccountId: string) {
  const account = (await billing.listBillingAccounts(scope)).find((a) => a.id === billingAccountId);
  if (!account) throw notFound("billing account");
  return account;
}

export async function getBill({ billing }: Deps, actor: CustomerActor, input: GetBillInput) {
  const bill = await billing.getBill(scopeOf(actor), input.billId);
  if (!bill) throw notFound("bill");
  return bill;
}
