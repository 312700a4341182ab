import type { RatedUsageView, UsageMeter } from "./billing-views";

/** Zone rows of a (service, plan period, kind) share one allowance: fold them into one meter. */
export function toMeters(usage: RatedUsageView[]): UsageMeter[] {
  const meters = new Map<string, UsageMeter>();
  for (const r of usage) {
    const key = `${r.serviceId}|${r.segmentStart}|${r.kind}`;
    const m = meters.get(key) ?? {
      serviceId: r.serviceId,
      kind: r.kind,
      segmentStart: r.segmentStart,
      allowance: r.allowance,
      includedQuantity: 0,
      chargedQuantity: 0,
      charges: { amountMinor: 0, currency: r.amount.currency },
      zones: [],
    };
    m.includedQuantity += r.includedQuantity;
    m.chargedQuantity += r.chargedQuantity;
    m.charges.amountMinor += r.amount.amountMinor;
    m.zones.push({
      zone: r.zone,
      quantity: r.quantity,
      includedQuantity: r.includedQuantity,
      chargedQuantity: r.chargedQuantity,
      amount: r.amount,
    });
    meters.set(key, m);
  }
  return [...meters.values()];
}
