// An enterprise bill split by cost centre: lines carry their service's cost centre; the bill's VAT is
// account-level, so it is shared out in proportion to each centre's net, by largest remainder, so the
// centres' totals add up to the bill's total to the minor unit.
import type { CustomerBillDetail } from "~/server/gateways/billing/billing-gateway";

/** A bill, or the billing system's preview of one (its lines have no ids yet). */
export type SplitBill = Pick<CustomerBillDetail, "taxIncludedAmount"> & {
  lines: (Omit<CustomerBillDetail["lines"][number], "id"> & { id?: string })[];
};
export type CostCentreShare = { costCentreId: string | null; netMinor: number; vatMinor: number; totalMinor: number; serviceCount: number };

/** One share per cost centre on the bill (null: lines without one), in cost-centre id order, unassigned last. */
export function splitByCostCentre(bill: SplitBill): CostCentreShare[] {
  const groups = new Map<string | null, { net: number; services: Set<string> }>();
  for (const l of bill.lines) {
    if (l.kind === "tax") continue;
    const g = groups.get(l.costCentreId) ?? { net: 0, services: new Set<string>() };
    g.net += l.amount.amountMinor;
    if (l.service) g.services.add(l.service.id);
    groups.set(l.costCentreId, g);
  }
  const keys = [...groups.keys()].sort((a, b) => (a === null ? 1 : b === null ? -1 : a.localeCompare(b)));
  const nets = keys.map((k) => groups.get(k)!.net);
  const net = nets.reduce((s, n) => s + n, 0);
  // Whatever is not net is VAT: the split then sums to the bill's total by construction.
  const vats = allocate(bill.taxIncludedAmount.amountMinor - net, nets, keys.indexOf(null));
  return keys.map((k, i) => ({
    costCentreId: k,
    netMinor: nets[i]!,
    vatMinor: vats[i]!,
    totalMinor: nets[i]! + vats[i]!,
    serviceCount: groups.get(k)!.services.size,
  }));
}

/**
 * Splits `amount` in proportion to `weights` (largest remainder; ties to the earlier index).
 * With no weight to go by, everything goes to `fallback` (or the first share).
 */
export function allocate(amount: number, weights: number[], fallback = 0): number[] {
  if (weights.length === 0) return [];
  const total = weights.reduce((s, w) => s + w, 0);
  if (total === 0) return weights.map((_, i) => (i === Math.max(fallback, 0) ? amount : 0));
  const [a, t] = [BigInt(amount), BigInt(total)];
  // Exact shares a·w/t as floor + remainder, with the remainder's sign following t, so remainders compare.
  const sign = t < 0n ? -1n : 1n;
  const parts = weights.map((w, i) => {
    const n = a * BigInt(w) * sign;
    const d = t * sign;
    const q = n >= 0n ? n / d : -((-n + d - 1n) / d);
    return { i, q, r: n - q * d };
  });
  let left = a - parts.reduce((s, p) => s + p.q, 0n);
  for (const p of [...parts].sort((x, y) => (y.r > x.r ? 1 : y.r < x.r ? -1 : x.i - y.i))) {
    if (left <= 0n) break;
    p.q += 1n;
    left -= 1n;
  }
  return parts.map((p) => Number(p.q));
}
