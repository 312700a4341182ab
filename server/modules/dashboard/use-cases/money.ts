import type { CustomerActor } from "~/server/auth/principal";
import { scopeOf } from "~/server/auth/scope";
import type { BillingAccountView, CustomerBill } from "~/server/gateways/billing/billing-gateway";
import { getBill, type BillsDeps } from "~/server/modules/bills/bills.service";
import { explainBillChange } from "~/server/modules/bills/use-cases/explain-bill";
import { costCentreSplit } from "~/server/modules/bills/use-cases/split-by-cost-centre";
import type { AmountDueView, LatestBillView, SpendView } from "../dashboard.schemas";

/** How many recent bills per account are looked at for what is still unpaid. */
const RECENT_BILLS = 12;

export type AccountBills = { account: BillingAccountView; bills: CustomerBill[] };

/** Each billing account in the caller's scope with its recent bills, newest first. */
export async function accountBills({ billing }: Pick<BillsDeps, "billing">, actor: CustomerActor): Promise<AccountBills[]> {
  const scope = scopeOf(actor);
  const accounts = await billing.listBillingAccounts(scope);
  return Promise.all(
    accounts.map(async (account) => ({
      account,
      bills: (await billing.listBills(scope, { billingAccountId: account.id }, { page: 1, pageSize: RECENT_BILLS })).items,
    })),
  );
}

export const unpaid = (bills: readonly CustomerBill[]) => bills.filter((b) => b.remainingAmount.amountMinor > 0);

/** The balance of each account and its earliest unpaid bill; overdue once that bill's due date has passed. */
export function amountsDue(accounts: readonly AccountBills[], today: string): AmountDueView[] {
  return accounts.map(({ account, bills }) => {
    const first = unpaid(bills).sort((a, b) => a.paymentDueDate.localeCompare(b.paymentDueDate))[0];
    return {
      billingAccount: { id: account.id, number: account.number, name: account.name },
      balance: account.balance,
      bill: first ? { id: first.id, billNo: first.billNo, dueDate: first.paymentDueDate, remaining: first.remainingAmount } : null,
      overdue: first !== undefined && first.paymentDueDate < today,
    };
  });
}

/** The newest bill of any account with its biggest reason for differing from the one before. */
export async function latestBill(deps: BillsDeps, actor: CustomerActor, accounts: readonly AccountBills[]): Promise<LatestBillView | null> {
  const newest = accounts
    .flatMap((a) => a.bills.slice(0, 1))
    .sort((a, b) => b.billDate.localeCompare(a.billDate) || b.period.localeCompare(a.period))[0];
  if (!newest) return null;
  const explanation = await explainBillChange(deps, actor, { billId: newest.id });
  return {
    id: newest.id,
    billNo: newest.billNo,
    period: newest.period,
    total: newest.taxIncludedAmount,
    previous: explanation.previous,
    difference: explanation.difference,
    reason: explanation.reasons[0] ?? null,
  };
}

/** Each service's net on its account's latest bill. */
export async function sharesOfLatestBills(deps: BillsDeps, actor: CustomerActor, accounts: readonly AccountBills[]) {
  const details = await Promise.all(accounts.flatMap((a) => a.bills.slice(0, 1)).map((b) => getBill(deps, actor, { billId: b.id })));
  return new Map(
    details.flatMap((bill) =>
      bill.subtotals.flatMap((s) => (s.serviceId ? [[s.serviceId, { billId: bill.id, period: bill.period, net: s.net }] as const] : [])),
    ),
  );
}

/** Enterprise admins: per account, each cost centre's total on the latest bill beside the bill before it. */
export async function spendByCostCentre(deps: BillsDeps, actor: CustomerActor, accounts: readonly AccountBills[]): Promise<SpendView[]> {
  return Promise.all(
    accounts
      .filter((a) => a.bills.length > 0)
      .map(async ({ bills }) => {
        const [current, previous] = await Promise.all(bills.slice(0, 2).map((b) => costCentreSplit(deps, actor, { billId: b.id })));
        const before = new Map((previous?.rows ?? []).map((r) => [r.costCentre?.id ?? null, r.total]));
        return {
          period: current!.period,
          previousPeriod: previous?.period ?? null,
          rows: current!.rows.map((r) => ({
            costCentre: r.costCentre,
            current: r.total,
            previous: previous ? (before.get(r.costCentre?.id ?? null) ?? null) : null,
          })),
        };
      }),
  );
}
