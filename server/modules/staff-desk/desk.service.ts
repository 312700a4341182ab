// The billing agent's desk: finding a customer by what they quote (an e-mail, a name, an account or phone number) and
// their account page — billing accounts, bills, payments and refunds, credit notes, disputes, bank credits.
import type { Scope } from "~/server/auth/scope";
import type { BillingGateway } from "~/server/gateways/billing/billing-gateway";
import type { Clock } from "~/server/lib/clock";
import { notFound } from "~/server/lib/errors";
import type { DisputeDeps } from "~/server/modules/disputes/dispute-deps";
import { paymentView, type PaymentsDeps } from "~/server/modules/payments/payments.service";
import type { BankDeps } from "~/server/modules/payments/use-cases/import-statement";
import { creditView } from "~/server/modules/payments/use-cases/resolve-credit";
import type { DeskRepository } from "./desk.repository";
import type { CreditNoteView, CustomerAccountView, CustomerHit, GetCustomerInput, SearchCustomersInput } from "./desk.schemas";

export type DeskDeps = {
  billing: BillingGateway;
  clock: Clock;
  desk: DeskRepository;
  payments: PaymentsDeps["payments"];
  disputes: DisputeDeps["disputes"];
  bank: BankDeps["bank"];
};

const LIMIT = 50;

/** The whole customer, as the operator sees it: every account and service. */
export const customerScope = (customerId: string): Scope => ({ customerId, serviceIds: null });

export const creditNoteView = (n: CreditNoteView): CreditNoteView => ({
  id: n.id,
  number: n.number,
  billId: n.billId,
  reason: n.reason,
  issuedAt: n.issuedAt,
  taxIncludedAmount: n.taxIncludedAmount,
});

export async function searchCustomers(deps: DeskDeps, input: SearchCustomersInput): Promise<CustomerHit[]> {
  const accounts = await deps.billing.findBillingAccounts({ numberContains: input.query, take: LIMIT });
  const byAccount = new Set(accounts.map((a) => a.customerId));
  const found = await deps.desk.search(input.query, [...byAccount], LIMIT);
  return found.map((c) => ({
    id: c.id,
    name: c.name,
    kind: c.kind,
    emails: c.emails,
    matchedBy: [
      ...(c.by.name ? (["name"] as const) : []),
      ...(c.by.email ? (["email"] as const) : []),
      ...(c.by.phone ? (["phone"] as const) : []),
      ...(byAccount.has(c.id) ? (["account"] as const) : []),
    ],
  }));
}

export async function getCustomerAccount(deps: DeskDeps, input: GetCustomerInput): Promise<CustomerAccountView> {
  const customer = await deps.desk.customer(input.customerId);
  if (!customer) throw notFound("customer");
  const scope = customerScope(customer.id);
  const [billingAccounts, bills, [payments], creditNotes, disputes, bankCredits] = await Promise.all([
    deps.billing.listBillingAccounts(scope),
    deps.billing.listBills(scope, {}, { page: 1, pageSize: LIMIT }),
    deps.payments.list({ customerId: customer.id }, { skip: 0, take: LIMIT }),
    deps.billing.listCreditNotes(scope, {}),
    deps.disputes.find({ customerId: customer.id }),
    deps.bank.list({ customerId: customer.id }, LIMIT),
  ]);
  return {
    customer: { id: customer.id, name: customer.name, kind: customer.kind },
    members: customer.members,
    billingAccounts,
    bills: bills.items,
    payments: payments.filter((p) => p.status === "succeeded").map(paymentView),
    creditNotes: creditNotes.slice(-LIMIT).reverse().map(creditNoteView),
    disputes: disputes.slice(0, LIMIT).map((d) => ({
      id: d.id,
      bill: { id: d.billId, number: d.billNumber },
      amount: { amountMinor: d.amountMinor, currency: d.currency },
      reason: d.reason,
      status: d.status,
      createdAt: d.createdAt,
    })),
    bankCredits: bankCredits.map(creditView),
  };
}
