// Reads the billing world back as the pure rating's input: the catalogue and one account for one
// period, with the same defaults the bill run applies (a service without plan periods is on its plan
// from activation while active or suspended; only charges not yet on a bill). Tests and the benchmark
// rate these with rateAccount and compare with what the SQL bill run issued.
import type { Db } from "~/server/db/client";
import { billingPeriod, type AccountInput, type Catalogue } from "./rating";

const DAY = 86_400_000;
const day = (d: Date) => d.toISOString().slice(0, 10);

/** The catalogue as the pure rating sees it. */
export async function loadCatalogue(db: Db): Promise<Catalogue> {
  const rows = await db.plan.findMany({ select: { id: true, name: true, monthlyFeeMinor: true } });
  const tariffs = new Map((await db.tariff.findMany({ include: { rates: true } })).map((t) => [t.planId, t]));
  const addOns = await db.addOn.findMany();
  return {
    plans: new Map(
      rows.map((p) => {
        const t = tariffs.get(p.id);
        return [
          p.id,
          {
            id: p.id,
            name: p.name,
            monthlyFeeMinor: BigInt(p.monthlyFeeMinor),
            allowance: t
              ? {
                  voice: t.voiceSeconds === null ? null : BigInt(t.voiceSeconds),
                  sms: t.smsCount === null ? null : BigInt(t.smsCount),
                  data: t.dataBytes,
                }
              : { voice: null, sms: null, data: null },
            rates: Object.fromEntries(
              (t?.rates ?? []).map((r) => [
                `${r.kind}:${r.zone}`,
                { priceMicro: r.priceMicro, unitSize: r.unitSize, fromAllowance: r.fromAllowance },
              ]),
            ),
          },
        ];
      }),
    ),
    addOns: new Map(
      addOns.map((a) => [
        a.id,
        {
          id: a.id,
          name: a.name,
          monthlyFeeMinor: BigInt(a.monthlyFeeMinor),
          allowance: { voice: BigInt(a.voiceSeconds), sms: BigInt(a.smsCount), data: a.dataBytes },
        },
      ]),
    ),
  };
}

/** One account's input to rateAccount, read the way the bill run reads it (unbilled charges only). */
export async function loadAccountInput(db: Db, billingAccountId: string, period: string): Promise<AccountInput | null> {
  const a = await db.billingAccount.findUniqueOrThrow({ where: { id: billingAccountId }, include: { services: true } });
  const { end } = billingPeriod(period, a.billCycleDay);
  const vat = await db.vatRate.findFirst({
    where: { country: a.country, validFrom: { lte: new Date(Date.parse(end) - DAY) } },
    orderBy: { validFrom: "desc" },
  });
  if (!vat) return null;
  const ids = a.services.map((s) => s.id);
  const [periods, addOns, cdrs, charges, discounts] = await Promise.all([
    db.servicePlanPeriod.findMany({ where: { serviceId: { in: ids } } }),
    db.serviceAddOn.findMany({ where: { serviceId: { in: ids } } }),
    db.usageRecord.findMany({ where: { serviceId: { in: ids } } }),
    db.oneTimeCharge.findMany({ where: { billingAccountId } }),
    db.discount.findMany({ where: { billingAccountId } }),
  ]);
  const billed = new Set(
    (await db.billLine.findMany({ where: { oneTimeChargeId: { in: charges.map((c) => c.id) } } })).map((l) => l.oneTimeChargeId),
  );
  return {
    billCycleDay: a.billCycleDay,
    vatRateBp: vat.rateBasisPoints,
    services: a.services.map((s) => {
      const own = periods.filter((p) => p.serviceId === s.id);
      const fallback =
        (s.status === "active" || s.status === "suspended") && s.activatedAt
          ? [{ planId: s.planId, start: day(s.activatedAt), end: null }]
          : [];
      return {
        id: s.id,
        costCentreId: s.costCentreId,
        planPeriods: own.length
          ? own.map((p) => ({ planId: p.planId, start: day(p.startDate), end: p.endDate ? day(p.endDate) : null }))
          : fallback,
        addOns: addOns
          .filter((x) => x.serviceId === s.id)
          .map((x) => ({ addOnId: x.addOnId, start: day(x.startDate), end: x.endDate ? day(x.endDate) : null })),
      };
    }),
    cdrs: cdrs.map((c) => ({ id: c.id, serviceId: c.serviceId, kind: c.kind, zone: c.zone, startedAt: c.startedAt, quantity: c.quantity })),
    oneTimeCharges: charges
      .filter((c) => !billed.has(c.id))
      .map((c) => ({
        id: c.id,
        serviceId: c.serviceId,
        description: c.description,
        amountMinor: c.amountMinor,
        chargeDate: day(c.chargeDate),
      })),
    discounts: discounts.map((d) => ({
      id: d.id,
      serviceId: d.serviceId,
      description: d.description,
      kind: d.kind,
      percentBp: d.percentBp,
      amountMinor: d.amountMinor,
      start: day(d.startDate),
      end: d.endDate ? day(d.endDate) : null,
    })),
  };
}
