// Each cost centre's spend across the company's billing accounts: this month so far (the billing system's own preview
// of the running period, split as a bill is) and on the latest issued bill (the bills module's split). No rating here.
import type { CustomerActor } from "~/server/auth/principal";
import { scopeOf } from "~/server/auth/scope";
import type { BillsDeps } from "~/server/modules/bills/bills.service";
import { splitByCostCentre } from "~/server/modules/bills/cost-centre-split";
import { costCentreSplit } from "~/server/modules/bills/use-cases/split-by-cost-centre";
import { currentPeriod } from "~/server/modules/usage/current-period";

type Money = { amountMinor: number; currency: string };
export type CentreSpend = {
  /** key null: lines in no centre */
  thisMonth: Map<string | null, Money>;
  lastMonth: Map<string | null, Money>;
  periods: { thisMonth: string | null; lastMonth: string | null };
};

function add(into: Map<string | null, Money>, key: string | null, amount: Money) {
  const had = into.get(key);
  // Accounts in another currency than the first one's are not added into it.
  if (had && had.currency !== amount.currency) return;
  into.set(key, { amountMinor: (had?.amountMinor ?? 0) + amount.amountMinor, currency: amount.currency });
}

const newest = (a: string | null, b: string | null) => (a === null || (b !== null && b > a) ? b : a);

export async function spendByCentre(deps: BillsDeps, actor: CustomerActor, now: Date): Promise<CentreSpend> {
  const scope = scopeOf(actor);
  const accounts = await deps.billing.listBillingAccounts(scope);
  const spend: CentreSpend = { thisMonth: new Map(), lastMonth: new Map(), periods: { thisMonth: null, lastMonth: null } };
  const perAccount = await Promise.all(
    accounts.map(async (account) => {
      const period = currentPeriod(now, account.billCycleDay);
      const [preview, latest] = await Promise.all([
        deps.billing.previewBill(scope, account.id, period),
        deps.billing.listBills(scope, { billingAccountId: account.id }, { page: 1, pageSize: 1 }),
      ]);
      const bill = latest.items[0];
      return { preview, split: bill ? await costCentreSplit(deps, actor, { billId: bill.id }) : null };
    }),
  );
  for (const { preview, split } of perAccount) {
    if (preview) {
      spend.periods.thisMonth = newest(spend.periods.thisMonth, preview.period);
      const currency = preview.taxIncludedAmount.currency;
      for (const s of splitByCostCentre(preview)) add(spend.thisMonth, s.costCentreId, { amountMinor: s.totalMinor, currency });
    }
    if (split) {
      spend.periods.lastMonth = newest(spend.periods.lastMonth, split.period);
      for (const r of split.rows) add(spend.lastMonth, r.costCentre?.id ?? null, r.total);
    }
  }
  return spend;
}
