import type { CustomerActor } from "~/server/auth/principal";
import { scopeOf } from "~/server/auth/scope";
import { notFound } from "~/server/lib/errors";
import type { BillExplanationView, ExplainBillInput } from "../bills.schemas";
import type { BillsDeps } from "../bills.service";
import { explainBill } from "../explainer";

/** The bill against the account's latest earlier bill, both read in the caller's scope. */
export async function explainBillChange(
  { billing }: Pick<BillsDeps, "billing">,
  actor: CustomerActor,
  input: ExplainBillInput,
): Promise<BillExplanationView> {
  const scope = scopeOf(actor);
  const bill = await billing.getBill(scope, input.billId);
  if (!bill) throw notFound("bill");
  const earlier = await billing.listBills(
    scope,
    { billingAccountId: bill.billingAccount.id, periodTo: periodBefore(bill.period) },
    { page: 1, pageSize: 1 },
  );
  const previousId = earlier.items[0]?.id;
  const previous = previousId ? await billing.getBill(scope, previousId) : null;
  const currency = bill.taxIncludedAmount.currency;
  const money = (amountMinor: number) => ({ amountMinor, currency });
  if (!previous) return { previous: null, difference: null, reasons: [] };
  return {
    previous: { id: previous.id, period: previous.period, total: previous.taxIncludedAmount },
    difference: money(bill.taxIncludedAmount.amountMinor - previous.taxIncludedAmount.amountMinor),
    reasons: explainBill(bill, previous).map(({ deltaMinor, previousMinor, currentMinor, ...r }) => ({
      ...r,
      delta: money(deltaMinor),
      previous: money(previousMinor),
      current: money(currentMinor),
    })),
  };
}

function periodBefore(period: string) {
  const [y, m] = period.split("-").map(Number) as [number, number];
  return m === 1 ? `${y - 1}-12` : `${y}-${String(m - 1).padStart(2, "0")}`;
}
