// The catalogue as a customer compares it, and plan changes, in the built-in billing system.
import type { Scope } from "~/server/auth/scope";
import type { Db } from "~/server/db/client";
import { endedPeriod } from "~/server/domain/billing/vocabulary";
import { invalid, notFound } from "~/server/lib/errors";
import type { PlanComparison } from "./billing-gateway";
import { periodsBefore, priceOnUsage } from "./plan-comparison";
import { billingPeriod, type IsoDate } from "./rating";
import { loadCatalogue } from "./rating-input";

const asDate = (d: IsoDate) => new Date(`${d}T00:00:00Z`);
const day = (d: Date) => d.toISOString().slice(0, 10);
const num = (v: number | bigint | null) => (v === null ? null : Number(v));

export async function comparePlans(db: Db, scope: Scope, serviceId: string, asOf: Date): Promise<PlanComparison | null> {
  if (scope.serviceIds !== null && !scope.serviceIds.includes(serviceId)) return null;
  const service = await db.service.findFirst({
    where: { id: serviceId, customerId: scope.customerId },
    select: { id: true, kind: true, planId: true, billingAccount: { select: { billCycleDay: true } } },
  });
  if (!service) return null;
  const billCycleDay = service.billingAccount.billCycleDay;
  const periods = periodsBefore(endedPeriod(asOf, billCycleDay), 3);
  const from = billingPeriod(periods[0]!, billCycleDay).start;
  const to = billingPeriod(periods.at(-1)!, billCycleDay).end;
  const [plans, tariffs, catalogue, cdrs] = await Promise.all([
    db.plan.findMany({ where: { kind: service.kind }, orderBy: { monthlyFeeMinor: "asc" } }),
    db.tariff.findMany(),
    loadCatalogue(db),
    db.usageRecord.findMany({
      where: { serviceId, startedAt: { gte: asDate(from), lt: asDate(to) } },
      select: { id: true, serviceId: true, kind: true, zone: true, startedAt: true, quantity: true },
    }),
  ]);
  const tariffOf = new Map(tariffs.map((t) => [t.planId, t]));
  return {
    serviceId,
    kind: service.kind,
    currentPlanId: service.planId,
    billCycleDay,
    periods,
    plans: plans.map((p) => {
      const t = tariffOf.get(p.id);
      return {
        id: p.id,
        code: p.code,
        name: p.name,
        monthlyFeeMinor: p.monthlyFeeMinor,
        currency: p.currency,
        allowance: { voiceSeconds: t ? t.voiceSeconds : null, smsCount: t ? t.smsCount : null, dataBytes: t ? num(t.dataBytes) : null },
        usageCostMinor: Number(priceOnUsage(p.id, { serviceId, billCycleDay, periods, cdrs, catalogue }).averageMinor),
      };
    }),
  };
}

export async function changePlan(db: Db, input: { serviceId: string; planId: string; from: IsoDate }) {
  const { serviceId, planId, from } = input;
  return db.$transaction(async (tx) => {
    const service = await tx.service.findUnique({ where: { id: serviceId }, select: { kind: true, planId: true, activatedAt: true } });
    if (!service) throw notFound("service");
    const plan = await tx.plan.findUnique({ where: { id: planId }, select: { kind: true } });
    if (!plan || plan.kind !== service.kind) throw invalid("planId", "the plan is not one for this kind of service");
    // One change at a time per service: a retry waits for the first and then finds its period.
    await tx.$executeRaw`SELECT 1 FROM "Service" WHERE id = ${serviceId}::uuid FOR UPDATE`;
    const periods = await tx.servicePlanPeriod.findMany({ where: { serviceId }, orderBy: { startDate: "asc" } });
    const done = periods.some((p) => p.planId === planId && day(p.startDate) === from && p.endDate === null);
    if (!done) {
      // A service without periods is billed on its plan from activation: make that explicit before splitting it.
      if (periods.length === 0 && service.activatedAt && day(service.activatedAt) < from) {
        await tx.servicePlanPeriod.create({ data: { serviceId, planId: service.planId, startDate: asDate(day(service.activatedAt)) } });
      }
      await tx.servicePlanPeriod.deleteMany({ where: { serviceId, startDate: { gte: asDate(from) } } });
      await tx.servicePlanPeriod.updateMany({
        where: { serviceId, startDate: { lt: asDate(from) }, OR: [{ endDate: null }, { endDate: { gt: asDate(from) } }] },
        data: { endDate: asDate(from) },
      });
      await tx.servicePlanPeriod.create({ data: { serviceId, planId, startDate: asDate(from) } });
      await tx.service.update({ where: { id: serviceId }, data: { planId } });
    }
    return { serviceId, planId, from };
  });
}
