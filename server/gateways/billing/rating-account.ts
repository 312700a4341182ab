// One account's bill for one period, rated in memory: the reference the SQL bill run is tested against.
// Rules (the SQL follows them statement by statement):
// - a segment is a plan period clipped to the billing period; its fee and allowance are prorated by days;
//   an add-on adds its allowance prorated by the days it overlaps the segment, and bills its fee for
//   the days it overlaps the service's segments;
// - CDRs outside [period start, period end) belong to another period and are ignored; inside it but
//   outside every segment, or without a rate for their kind and zone, they are unrated;
// - zones that draw on the allowance consume it in time order per segment and usage kind;
// - percent discounts take basis points off plan fees for the overlapping days, fixed ones a whole
//   amount in every period they overlap; unbilled one-time charges dated before the period end are billed.
import {
  billingPeriod,
  cdrOrder,
  consumeAllowance,
  dayNumber,
  divRound,
  isoDate,
  overlapDays,
  prorate,
  usageAmount,
  type AccountInput,
  type BillDraft,
  type Catalogue,
  type Cdr,
  type DraftLine,
  type IsoDate,
  type PlanTariff,
  type RatedUsageRow,
  type ServiceInput,
  type Span,
  type UsageKind,
} from "./rating";

type Segment = Span & { end: IsoDate; planId: string; plan: PlanTariff; days: number };

const blank = {
  serviceId: null,
  costCentreId: null,
  usageKind: null,
  zone: null,
  planId: null,
  addOnId: null,
  discountId: null,
  oneTimeChargeId: null,
  quantity: null,
  startDate: null,
  endDate: null,
} as const;

const clip = (span: Span, period: Span & { end: IsoDate }) => ({
  start: isoDate(Math.max(dayNumber(span.start), dayNumber(period.start))),
  end: isoDate(Math.min(span.end ? dayNumber(span.end) : Infinity, dayNumber(period.end))),
});

function segmentsOf(service: ServiceInput, period: Span & { end: IsoDate }, catalogue: Catalogue): Segment[] {
  return service.planPeriods
    .map((pp) => ({ ...clip(pp, period), planId: pp.planId }))
    .filter((s) => s.start < s.end)
    .sort((a, b) => a.start.localeCompare(b.start))
    .map((s) => {
      const plan = catalogue.plans.get(s.planId);
      if (!plan) throw new Error(`rating: no tariff for plan ${s.planId}`);
      return { ...s, plan, days: dayNumber(s.end) - dayNumber(s.start) };
    });
}

function allowanceOf(seg: Segment, kind: UsageKind, service: ServiceInput, catalogue: Catalogue, periodDays: number): bigint | null {
  const base = seg.plan.allowance[kind];
  if (base === null) return null;
  let total = (base * BigInt(seg.days)) / BigInt(periodDays);
  for (const a of service.addOns) {
    const extra = catalogue.addOns.get(a.addOnId)?.allowance[kind] ?? 0n;
    total += (extra * BigInt(overlapDays(a, seg))) / BigInt(periodDays);
  }
  return total;
}

function rateUsage(
  service: ServiceInput,
  segments: Segment[],
  cdrs: Cdr[],
  catalogue: Catalogue,
  periodDays: number,
  rated: RatedUsageRow[],
  unrated: bigint[],
): void {
  const groups = new Map<string, { seg: Segment; kind: UsageKind; cdrs: Cdr[] }>();
  for (const cdr of cdrs) {
    const t = cdr.startedAt.getTime() / 86_400_000;
    const seg = segments.find((s) => t >= dayNumber(s.start) && t < dayNumber(s.end));
    if (!seg || !seg.plan.rates[`${cdr.kind}:${cdr.zone}`]) {
      unrated.push(cdr.id);
      continue;
    }
    const key = `${seg.start}|${cdr.kind}`;
    const group = groups.get(key) ?? { seg, kind: cdr.kind, cdrs: [] };
    group.cdrs.push(cdr);
    groups.set(key, group);
  }
  for (const { seg, kind, cdrs: list } of groups.values()) {
    const rateOf = (c: Cdr) => seg.plan.rates[`${c.kind}:${c.zone}`]!;
    const eligible = list.filter((c) => rateOf(c).fromAllowance).sort(cdrOrder);
    const included = new Map<Cdr, bigint>();
    const allowance = allowanceOf(seg, kind, service, catalogue, periodDays);
    const covered = consumeAllowance(
      eligible.map((c) => c.quantity),
      allowance,
    );
    eligible.forEach((c, i) => included.set(c, covered[i]!));
    const byZone = new Map<string, RatedUsageRow>();
    for (const c of list) {
      const rate = rateOf(c);
      const row = byZone.get(c.zone) ?? {
        serviceId: service.id,
        planId: seg.planId,
        segmentStart: seg.start,
        kind,
        zone: c.zone,
        cdrCount: 0,
        allowance,
        quantity: 0n,
        includedQuantity: 0n,
        chargedQuantity: 0n,
        priceMicro: rate.priceMicro,
        unitSize: rate.unitSize,
        amountMinor: 0n,
      };
      const inc = included.get(c) ?? 0n;
      row.cdrCount += 1;
      row.quantity += c.quantity;
      row.includedQuantity += inc;
      row.chargedQuantity += c.quantity - inc;
      byZone.set(c.zone, row);
    }
    for (const row of byZone.values()) rated.push({ ...row, amountMinor: usageAmount(row.chargedQuantity, row) });
  }
}

/** The bill of one account for `period` ("YYYY-MM"), or null when there is nothing to bill. */
export function rateAccount(period: string, account: AccountInput, catalogue: Catalogue): BillDraft | null {
  const p = billingPeriod(period, account.billCycleDay);
  const span = { start: p.start, end: p.end };
  const lines: DraftLine[] = [];
  const ratedUsage: RatedUsageRow[] = [];
  const unratedCdrIds: bigint[] = [];
  const costCentre = new Map(account.services.map((s) => [s.id, s.costCentreId]));
  const segmentsBy = new Map<string, Segment[]>();

  for (const service of account.services) {
    const segments = segmentsOf(service, span, catalogue);
    segmentsBy.set(service.id, segments);
    const own = { ...blank, serviceId: service.id, costCentreId: service.costCentreId };
    for (const seg of segments) {
      lines.push({
        ...own,
        kind: "recurring",
        planId: seg.planId,
        description: seg.plan.name,
        quantity: BigInt(seg.days),
        startDate: seg.start,
        endDate: seg.end,
        amountMinor: prorate(seg.plan.monthlyFeeMinor, seg.days, p.days),
      });
    }
    for (const a of service.addOns) {
      const addOn = catalogue.addOns.get(a.addOnId);
      if (!addOn) throw new Error(`rating: unknown add-on ${a.addOnId}`);
      const days = segments.reduce((sum, seg) => sum + overlapDays(a, seg), 0);
      if (days === 0) continue;
      const { start, end } = clip(a, span);
      lines.push({
        ...own,
        kind: "recurring",
        addOnId: addOn.id,
        description: addOn.name,
        quantity: BigInt(days),
        startDate: start,
        endDate: end,
        amountMinor: prorate(addOn.monthlyFeeMinor, days, p.days),
      });
    }
    const inPeriod = account.cdrs
      .filter(
        (c) =>
          c.serviceId === service.id &&
          c.startedAt.getTime() >= dayNumber(p.start) * 86_400_000 &&
          c.startedAt.getTime() < dayNumber(p.end) * 86_400_000,
      )
      .sort(cdrOrder); // the result must not depend on the order CDRs arrive in
    const before = ratedUsage.length;
    rateUsage(service, segments, inPeriod, catalogue, p.days, ratedUsage, unratedCdrIds);
    for (const r of ratedUsage.slice(before)) {
      if (r.chargedQuantity === 0n) continue;
      lines.push({
        ...own,
        kind: "usage",
        usageKind: r.kind,
        zone: r.zone,
        planId: r.planId,
        description: catalogue.plans.get(r.planId)!.name,
        quantity: r.chargedQuantity,
        startDate: r.segmentStart,
        amountMinor: r.amountMinor,
      });
    }
  }

  for (const d of account.discounts) {
    if (overlapDays(d, span) === 0) continue;
    const { start, end } = clip(d, span);
    const base = { ...blank, kind: "discount" as const, discountId: d.id, description: d.description, startDate: start, endDate: end };
    if (d.kind === "fixed") {
      lines.push({
        ...base,
        serviceId: d.serviceId,
        costCentreId: d.serviceId ? (costCentre.get(d.serviceId) ?? null) : null,
        amountMinor: -(d.amountMinor ?? 0n),
      });
      continue;
    }
    for (const service of account.services) {
      if (d.serviceId !== null && d.serviceId !== service.id) continue;
      let days = 0;
      let numerator = 0n;
      for (const seg of segmentsBy.get(service.id) ?? []) {
        const overlap = overlapDays(d, seg);
        days += overlap;
        numerator += seg.plan.monthlyFeeMinor * BigInt(overlap) * BigInt(d.percentBp ?? 0);
      }
      if (days === 0) continue;
      lines.push({
        ...base,
        serviceId: service.id,
        costCentreId: service.costCentreId,
        quantity: BigInt(days),
        amountMinor: -divRound(numerator, BigInt(p.days) * 10_000n),
      });
    }
  }

  for (const c of account.oneTimeCharges) {
    if (dayNumber(c.chargeDate) >= dayNumber(p.end)) continue;
    lines.push({
      ...blank,
      kind: "one_time",
      serviceId: c.serviceId,
      costCentreId: c.serviceId ? (costCentre.get(c.serviceId) ?? null) : null,
      oneTimeChargeId: c.id,
      description: c.description,
      startDate: c.chargeDate,
      amountMinor: c.amountMinor,
    });
  }

  if (lines.length === 0) return null;
  const netMinor = lines.reduce((sum, l) => sum + l.amountMinor, 0n);
  const taxMinor = divRound(netMinor * BigInt(account.vatRateBp), 10_000n);
  lines.push({ ...blank, kind: "tax", description: "VAT", quantity: BigInt(account.vatRateBp), amountMinor: taxMinor });
  return {
    periodStart: p.start,
    periodEnd: p.end,
    vatRateBp: account.vatRateBp,
    lines,
    ratedUsage,
    netMinor,
    taxMinor,
    totalMinor: netMinor + taxMinor,
    unratedCdrIds,
  };
}
