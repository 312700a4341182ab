import type { CustomerActor } from "~/server/auth/principal";
import { scopeOf } from "~/server/auth/scope";
import { notFound } from "~/server/lib/errors";
import type { CostCentreSplitInput, CostCentreSplitView } from "../bills.schemas";
import type { BillsDeps } from "../bills.service";
import { splitByCostCentre } from "../cost-centre-split";

/** An enterprise bill per cost centre; cost centre names come from the caller's own customer only. */
export async function costCentreSplit(
  { billing, costCentres }: BillsDeps,
  actor: CustomerActor,
  input: CostCentreSplitInput,
): Promise<CostCentreSplitView> {
  const bill = await billing.getBill(scopeOf(actor), input.billId);
  if (!bill) throw notFound("bill");
  const shares = splitByCostCentre(bill);
  const ids = shares.flatMap((s) => (s.costCentreId ? [s.costCentreId] : []));
  const centres = new Map((await costCentres.byIds(actor.customerId, ids)).map((c) => [c.id, c]));
  const currency = bill.taxIncludedAmount.currency;
  const money = (amountMinor: number) => ({ amountMinor, currency });
  const rows = shares
    .map((s) => ({
      costCentre: s.costCentreId ? (centres.get(s.costCentreId) ?? null) : null,
      net: money(s.netMinor),
      vat: money(s.vatMinor),
      total: money(s.totalMinor),
      serviceCount: s.serviceCount,
    }))
    .sort(
      (a, b) =>
        (a.costCentre === null ? 1 : 0) - (b.costCentre === null ? 1 : 0) ||
        (a.costCentre?.code ?? "").localeCompare(b.costCentre?.code ?? ""),
    );
  const sum = (pick: (s: (typeof shares)[number]) => number) => money(shares.reduce((t, s) => t + pick(s), 0));
  return {
    billId: bill.id,
    billNo: bill.billNo,
    period: bill.period,
    rows,
    total: { net: sum((s) => s.netMinor), vat: sum((s) => s.vatMinor), total: sum((s) => s.totalMinor) },
  };
}
