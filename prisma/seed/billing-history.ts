// Twelve months of usage and issued bills for every demo billing account, relative to `now`, with the
// variety the bill screens and the explainer need: a plan change (proration), a roaming holiday, an
// overage, a promotion that ends before the latest bill, an add-on, one-off charges, payments.
// Idempotent and self-updating: each run adds the missing days of usage and bills the missing months.
import type { Db } from "~/server/db/client";
import { runBillRun } from "~/server/gateways/billing/bill-run";
import { postPayment, refreshBillStatuses } from "~/server/gateways/billing/ledger";
import { ensureBillingCatalogue } from "~/server/gateways/billing/tariff-catalogue";
import { customers } from "./personas";
import { daysBetween, mib, monthsBetween, usageOfDay, type Scenario, type UsageProfile, type UsageRow } from "./usage-history";

const HISTORY_MONTHS = 12;
const GB = mib(1024);
const ROWS_PER_INSERT = 20_000;

const monthStart = (now: Date, monthsAgo: number) => new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - monthsAgo, 1));
const dayOf = (now: Date, monthsAgo: number, day: number) => new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - monthsAgo, day));
const periodOf = (d: Date) => d.toISOString().slice(0, 7);
const isoDay = (d: Date) => d.toISOString().slice(0, 10);

type DemoService = { id: string; kind: string; identifier: string; billingAccountId: string; activatedAt: Date | null };

export async function seedBillingHistory(db: Db, now: Date): Promise<void> {
  const numbers = customers.flatMap((c) => c.accounts.map((a) => a.number));
  const accounts = await db.billingAccount.findMany({ where: { number: { in: numbers } }, select: { id: true, number: true } });
  if (accounts.length === 0) return;
  await db.$transaction((tx) => ensureBillingCatalogue(tx));
  const services = await db.service.findMany({
    where: { billingAccountId: { in: accounts.map((a) => a.id) } },
    select: { id: true, kind: true, identifier: true, billingAccountId: true, activatedAt: true },
  });
  const byIdentifier = new Map(services.map((s) => [s.identifier, s]));
  await addVariety(db, now, byIdentifier, new Map(accounts.map((a) => [a.number, a.id])));
  await addUsage(db, now, services);
  await billPastMonths(
    db,
    now,
    accounts.map((a) => a.id),
  );
  await payBills(db, now, accounts);
  await refreshBillStatuses(db, isoDay(now));
}

/** Which month of a mobile line is unusual (months ago → scenario). */
const scenarios: Record<string, Record<number, Scenario>> = {
  "+420 601 234 567": { 4: "roaming", 2: "overage", 6: "quiet" }, // Anna
  "+420 608 112 233": { 1: "overage", 5: "overage", 3: "roaming" }, // Jana
  "+420 731 500 101": { 3: "roaming", 1: "roaming" }, // Acme's CEO
};

function profileOf(s: DemoService, index: number): UsageProfile | null {
  if (s.kind !== "mobile" && s.kind !== "fixed_voice") return null;
  const special = scenarios[s.identifier] ?? {};
  const dataPerMonth =
    s.identifier === "+420 601 234 567" ? 7 * GB : s.identifier === "+420 608 112 233" ? 2.6 * GB : (3 + (index % 5) * 2) * GB;
  return {
    serviceId: s.id,
    identifier: s.identifier,
    kind: s.kind,
    dataPerMonth,
    callsPerDay: s.kind === "fixed_voice" ? 1.5 : 3,
    scenarioOf: (monthsAgo) => special[monthsAgo] ?? "normal",
  };
}

async function addUsage(db: Db, now: Date, services: DemoService[]) {
  const from = monthStart(now, HISTORY_MONTHS);
  const today = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()));
  const last = new Map(
    (
      await db.$queryRaw<{ service_id: string; last: Date }[]>`
    SELECT "serviceId" AS service_id, max("startedAt") AS last FROM "UsageRecord"
    WHERE "serviceId" = ANY(${services.map((s) => s.id)}::uuid[]) GROUP BY 1`
    ).map((r) => [r.service_id, r.last]),
  );
  const rows: UsageRow[] = [];
  services.forEach((s, index) => {
    const profile = profileOf(s, index);
    if (!profile) return;
    const lastDay = last.get(s.id);
    const start = lastDay ? new Date(Date.UTC(lastDay.getUTCFullYear(), lastDay.getUTCMonth(), lastDay.getUTCDate() + 1)) : from;
    for (const day of daysBetween(start < from ? from : start, today)) rows.push(...usageOfDay(profile, day, monthsBetween(day, now)));
  });
  if (rows.length === 0) return;
  await db.$executeRaw`SELECT billing_ensure_usage_partitions(${isoDay(from)}::date, ${isoDay(today)}::date)`;
  for (let i = 0; i < rows.length; i += ROWS_PER_INSERT) {
    const chunk = rows.slice(i, i + ROWS_PER_INSERT);
    await db.$executeRaw`
      INSERT INTO "UsageRecord" ("serviceId", kind, zone, "startedAt", quantity, destination)
      SELECT * FROM unnest(${chunk.map((r) => r.serviceId)}::uuid[], ${chunk.map((r) => r.kind)}::"UsageKind"[],
        ${chunk.map((r) => r.zone)}::"UsageZone"[], ${chunk.map((r) => r.startedAt)}::timestamp[],
        ${chunk.map((r) => String(r.quantity))}::bigint[], ${chunk.map((r) => r.destination)}::text[])`;
  }
}

async function billPastMonths(db: Db, now: Date, accountIds: string[]) {
  // Periods every account already has a bill for are left out: a start on a seeded database runs no bill run.
  const billed = await db.bill.groupBy({ by: ["period"], where: { billingAccountId: { in: accountIds } }, _count: { _all: true } });
  const complete = new Set(billed.filter((b) => b._count._all === accountIds.length).map((b) => b.period));
  for (let monthsAgo = HISTORY_MONTHS; monthsAgo >= 1; monthsAgo--) {
    const period = periodOf(monthStart(now, monthsAgo));
    if (complete.has(period)) continue;
    // History: nobody is told about the past, so these bills go to no event feed.
    await runBillRun(db, { period, billingAccountIds: accountIds, issueDate: isoDay(monthStart(now, monthsAgo - 1)), announce: false });
  }
}

/**
 * Payments three days before the due date, except: Anna's two latest bills that have fallen due and Jana's latest
 * one are left unpaid (overdue: something to pay by card and by QR code), and Acme's mobile account paid only half
 * of its latest due one. "Fallen due" rather than "latest": early in a month the latest bill is not due yet, and the
 * story must hold on any day. Payments that would lie in the future wait.
 */
const UNPAID_DUE_BILLS: Record<string, number> = { "BA-100001": 2, "BA-100002": 1 };
async function payBills(db: Db, now: Date, accounts: { id: string; number: string }[]) {
  const numberOf = new Map(accounts.map((a) => [a.id, a.number]));
  const bills = await db.bill.findMany({
    where: { billingAccountId: { in: accounts.map((a) => a.id) } },
    select: { id: true, number: true, billingAccountId: true, period: true, dueDate: true, totalMinor: true },
    orderBy: { period: "asc" },
  });
  // Bills come in period order: per account, the ones past their due date, oldest first.
  const fallenDue = new Map<string, string[]>();
  for (const b of bills.filter((b) => isoDay(b.dueDate) < isoDay(now))) {
    fallenDue.set(b.billingAccountId, [...(fallenDue.get(b.billingAccountId) ?? []), b.id]);
  }
  /** 1 for the latest bill that has fallen due, 2 for the one before, …; 0 for a bill not due yet. */
  const dueRank = (b: { id: string; billingAccountId: string }) => {
    const ids = fallenDue.get(b.billingAccountId) ?? [];
    return ids.includes(b.id) ? ids.length - ids.indexOf(b.id) : 0;
  };
  const reference = (b: { number: string }) => `demo:${b.number}`;
  const paid = new Set(
    (
      await db.ledgerPosting.findMany({
        where: { idempotencyKey: { in: bills.map((b) => `payment:${reference(b)}`) } },
        select: { idempotencyKey: true },
      })
    ).map((p) => p.idempotencyKey),
  );
  for (const b of bills) {
    if (paid.has(`payment:${reference(b)}`)) continue;
    const account = numberOf.get(b.billingAccountId);
    const paidAt = new Date(b.dueDate.getTime() - 3 * 86_400_000 + 10 * 3_600_000);
    if (paidAt > now || b.totalMinor <= 0n) continue;
    const rank = dueRank(b);
    if (rank > 0 && rank <= (UNPAID_DUE_BILLS[account ?? ""] ?? 0)) continue;
    const amount = rank === 1 && account === "BA-200001" ? b.totalMinor / 2n : b.totalMinor;
    await postPayment(db, {
      billingAccountId: b.billingAccountId,
      billId: b.id,
      amountMinor: amount,
      reference: reference(b),
      postedAt: paidAt,
    });
  }
}

async function addVariety(db: Db, now: Date, services: Map<string, DemoService>, accounts: Map<string, string>) {
  const anna = accounts.get("BA-100001");
  const annaMobile = services.get("+420 601 234 567");
  const annaBroadband = services.get("BB-PRG-004512");
  const annaTv = services.get("SC-7731-0042");
  if (anna && annaMobile && annaBroadband && annaTv) {
    // Anna moved from the small to the medium plan in the middle of a month: both plans prorated.
    if ((await db.servicePlanPeriod.count({ where: { serviceId: annaMobile.id } })) === 0) {
      const [small, medium] = await Promise.all(
        ["MOB-S", "MOB-M"].map((code) => db.plan.findUniqueOrThrow({ where: { code }, select: { id: true } })),
      );
      const switched = dayOf(now, 7, 15);
      await db.servicePlanPeriod.createMany({
        data: [
          { serviceId: annaMobile.id, planId: small!.id, startDate: annaMobile.activatedAt ?? monthStart(now, 24), endDate: switched },
          { serviceId: annaMobile.id, planId: medium!.id, startDate: switched, endDate: null },
        ],
      });
    }
    await once(
      db.discount,
      { billingAccountId: anna, description: "Loyalty discount on home internet" },
      {
        serviceId: annaBroadband.id,
        kind: "percent",
        percentBp: 2000,
        startDate: monthStart(now, HISTORY_MONTHS + 6),
        endDate: monthStart(now, 1),
      },
    );
    await once(
      db.oneTimeCharge,
      { billingAccountId: anna, description: "Replacement Wi-Fi router" },
      {
        serviceId: annaBroadband.id,
        amountMinor: 99_000n,
        chargeDate: dayOf(now, 1, 12),
      },
    );
    await addOnOnce(db, annaTv.id, "TV-SPORT", dayOf(now, 3, 1));
  }
  const acmeMobile = accounts.get("BA-200001");
  const ceo = services.get("+420 731 500 101");
  if (acmeMobile && ceo) {
    await once(
      db.discount,
      { billingAccountId: acmeMobile, description: "Framework agreement" },
      {
        serviceId: null,
        kind: "percent",
        percentBp: 1000,
        startDate: monthStart(now, HISTORY_MONTHS + 12),
        endDate: null,
      },
    );
    await once(
      db.oneTimeCharge,
      { billingAccountId: acmeMobile, description: "Replacement SIM card" },
      {
        serviceId: ceo.id,
        amountMinor: 20_000n,
        chargeDate: dayOf(now, 2, 8),
      },
    );
    await addOnOnce(db, ceo.id, "DATA-5G", dayOf(now, 5, 1));
  }
  const bigcorp = accounts.get("BA-300001");
  if (bigcorp) {
    await once(
      db.discount,
      { billingAccountId: bigcorp, description: "Framework agreement" },
      {
        serviceId: null,
        kind: "percent",
        percentBp: 1500,
        startDate: monthStart(now, HISTORY_MONTHS + 12),
        endDate: null,
      },
    );
  }
}

/** Books the add-on on the service unless the service has one already. */
async function addOnOnce(db: Db, serviceId: string, code: string, startDate: Date) {
  const addOn = await db.addOn.findUnique({ where: { code }, select: { id: true } });
  if (addOn && (await db.serviceAddOn.count({ where: { serviceId } })) === 0) {
    await db.serviceAddOn.create({ data: { serviceId, addOnId: addOn.id, startDate } });
  }
}

type Creatable<K> = { count(args: { where: K }): Promise<number>; create(args: { data: never }): Promise<unknown> };

/** Creates the row unless one with the same account and description exists. */
async function once<K extends { billingAccountId: string; description: string }>(model: Creatable<K>, key: K, rest: object) {
  if ((await model.count({ where: key })) > 0) return;
  await model.create({ data: { ...key, ...rest } as never });
}
