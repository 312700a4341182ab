// Bills as the account holder sees them: read through the billing gateway, always in the caller's scope.
import type { CustomerActor } from "~/server/auth/principal";
import { scopeOf, type Scope } from "~/server/auth/scope";
import type { BillingGateway, CustomerBillDetail } from "~/server/gateways/billing/billing-gateway";
import { notFound } from "~/server/lib/errors";
import type { CostCentres } from "./bills.repository";
import type { GetBillInput, ListBillsInput } from "./bills.schemas";

export type BillsDeps = { billing: BillingGateway; costCentres: CostCentres };

export const listAccounts = ({ billing }: Pick<BillsDeps, "billing">, actor: CustomerActor) => billing.listBillingAccounts(scopeOf(actor));

export async function listBills({ billing }: Pick<BillsDeps, "billing">, actor: CustomerActor, input: ListBillsInput) {
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

export async function getBill({ billing }: Pick<BillsDeps, "billing">, actor: CustomerActor, input: GetBillInput) {
  const bill = await billing.getBill(scopeOf(actor), input.billId);
  if (!bill) throw notFound("bill");
  return { ...bill, subtotals: subtotalsOf(bill) };
}

/** Net per service (account-level last); VAT is the bill's, not a service's. */
function subtotalsOf(bill: CustomerBillDetail) {
  const nets = new Map<string | null, number>();
  for (const l of bill.lines)
    if (l.kind !== "tax") nets.set(l.service?.id ?? null, (nets.get(l.service?.id ?? null) ?? 0) + l.amount.amountMinor);
  const order = [...nets.keys()].sort((a, b) => (a === null ? 1 : 0) - (b === null ? 1 : 0));
  return order.map((serviceId) => ({ serviceId, net: { amountMinor: nets.get(serviceId)!, currency: bill.taxIncludedAmount.currency } }));
}
