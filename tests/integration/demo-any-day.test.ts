// The demo world tells the same story whatever day `npm start` runs on: each date below seeds a database of
// its own and checks what README.md promises of the demo — bills, usage, the overdue bill and its dunning,
// usage alerts, BigCorp's SLA dashboard — and that a second run adds nothing.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEMO_PASSWORD } from "~/prisma/seed/personas";
import { seedDemo } from "~/prisma/seed/seed";
import { OPEN_OUTAGE_TITLE } from "~/prisma/seed/sla-history";
import type { Db } from "~/server/db/client";
import { dunning } from "~/server/jobs/dunning";
import { usageAlerts } from "~/server/jobs/usage-alerts";
import { fixedClock } from "~/server/lib/clock";
import { monthOf, shiftMonth } from "~/server/modules/sla/sla-month";
import { callerAs, scratchDb, type ScratchDb } from "~/tests/kit";

/**
 * `lastMonthOpened`: BigCorp's tickets opened last month. Three on any day, except in the first hours of a month,
 * when the open breached ticket (< 4 h into the month) and the at-risk one (< 3.4 h) must start last month.
 */
const days = [
  { name: "an ordinary day (the 2nd)", at: "2026-12-02T12:00:00+01:00", lastMonthOpened: 3 },
  { name: "the 1st, just after midnight", at: "2026-12-01T00:20:00+01:00", lastMonthOpened: 5 },
  { name: "the 1st, in the morning", at: "2027-02-01T09:00:00+01:00", lastMonthOpened: 3 },
  { name: "the last day of a month, just before midnight", at: "2026-11-30T23:59:00+01:00", lastMonthOpened: 3 },
  { name: "a leap day", at: "2028-02-29T12:00:00+01:00", lastMonthOpened: 3 },
  { name: "the day the clocks go forward in Prague", at: "2027-03-28T03:30:00+02:00", lastMonthOpened: 3 },
  { name: "the day the clocks go back in Prague (also a month's last)", at: "2027-10-31T02:30:00+01:00", lastMonthOpened: 3 },
  { name: "New Year's Eve, just before midnight", at: "2026-12-31T23:59:30+01:00", lastMonthOpened: 3 },
  { name: "New Year's Day, just after midnight", at: "2027-01-01T00:00:30+01:00", lastMonthOpened: 5 },
  { name: "New Year's Day, before four in the morning", at: "2027-01-01T03:45:00+01:00", lastMonthOpened: 4 },
];

const isoDay = (d: Date) => d.toISOString().slice(0, 10);
const utcPeriod = (now: Date, monthsAgo: number) =>
  new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - monthsAgo, 1)).toISOString().slice(0, 7);

describe.each(days)("the demo world on $name ($at)", ({ at, lastMonthOpened }) => {
  const now = new Date(at);
  const clock = fixedClock(now);
  let scratch: ScratchDb;
  let db: Db;
  /** `account`: act for the customer holding that billing account (Jana's first membership is Acme's). */
  const persona = async (email: string, account?: string) => {
    const user = await db.user.findUniqueOrThrow({ where: { email }, select: { id: true } });
    const customerId = account ? (await db.billingAccount.findUniqueOrThrow({ where: { number: account } })).customerId : undefined;
    return callerAs({ userId: user.id, email, name: email, password: DEMO_PASSWORD }, { db, clock, customerId });
  };
  const billsOf = (number: string) => db.bill.findMany({ where: { billingAccount: { number } }, orderBy: { period: "asc" } });

  beforeAll(async () => {
    scratch = await scratchDb(`day ${isoDay(now)} ${now.getTime() % 86_400_000}`);
    db = scratch.db;
    await seedDemo(db, now);
  }, 120_000);
  afterAll(() => scratch?.drop());

  it("issues twelve monthly bills for every account, the latest for the month that has ended", async () => {
    for (const number of ["BA-100001", "BA-100002", "BA-200001", "BA-200002", "BA-300001"]) {
      const bills = await billsOf(number);
      expect(
        bills.map((b) => b.period),
        number,
      ).toEqual(Array.from({ length: 12 }, (_, i) => utcPeriod(now, 12 - i)));
    }
  });

  it("gives Anna's bills their variety: a plan change, a roaming month, the loyalty discount ending, a one-off charge", async () => {
    const bills = await billsOf("BA-100001");
    const linesOf = (i: number) => db.billLine.findMany({ where: { billId: bills.at(i)!.id } });
    const latest = await linesOf(-1);
    expect(latest.some((l) => l.kind === "one_time")).toBe(true);
    expect(latest.some((l) => l.kind === "discount")).toBe(false);
    expect((await linesOf(-2)).some((l) => l.kind === "discount")).toBe(true);
    const roaming = await db.ratedUsage.count({ where: { billId: bills.at(-4)!.id, zone: { in: ["roaming_eu", "roaming_world"] } } });
    expect(roaming).toBeGreaterThan(0);
    const mobile = await db.service.findFirstOrThrow({ where: { identifier: "+420 601 234 567" }, select: { id: true } });
    const planChange = (await linesOf(-7)).filter((l) => l.kind === "recurring" && l.serviceId === mobile.id);
    expect(planChange.length, "both plans of the mid-month change are on the bill").toBeGreaterThanOrEqual(2);
  });

  it("leaves Anna's two latest bills that fell due and Jana's latest unpaid (overdue), half of Acme's, and pays the rest", async () => {
    const today = isoDay(now);
    const anna = (await billsOf("BA-100001")).filter((b) => isoDay(b.dueDate) < today);
    expect(anna.slice(-2).map((b) => b.status)).toEqual(["overdue", "overdue"]);
    expect(anna.slice(0, -2).every((b) => b.status === "paid")).toBe(true);
    const jana = (await billsOf("BA-100002")).filter((b) => isoDay(b.dueDate) < today);
    expect(jana.at(-1)?.status).toBe("overdue");
    expect(jana.slice(0, -1).every((b) => b.status === "paid")).toBe(true);
    const acme = (await billsOf("BA-200001")).filter((b) => isoDay(b.dueDate) < today);
    expect(acme.at(-1)?.status).toBe("overdue");
    const asJana = await persona("employee@acme.test", "BA-100002");
    const overdue = await asJana.bills.list({ state: "overdue" });
    expect(overdue.items.map((b) => b.id)).toContain(jana.at(-1)!.id);
  });

  it("has usage for every day up to yesterday; dunning reminds Jana once; usage alerts are told once", async () => {
    const anna = await db.service.findFirstOrThrow({ where: { identifier: "+420 601 234 567" }, select: { id: true } });
    const lastRecord = await db.usageRecord.findFirst({
      where: { serviceId: anna.id },
      orderBy: { startedAt: "desc" },
      select: { startedAt: true },
    });
    expect(isoDay(lastRecord!.startedAt)).toBe(isoDay(new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate() - 1))));
    expect(lastRecord!.startedAt.getTime()).toBeLessThan(now.getTime());

    const first = await dunning(db, now);
    expect(first.sent).toBeGreaterThanOrEqual(3); // Anna's, Jana's and Acme's mobile account
    // No demo bill reaches the suspension day on any day: Anna's older overdue bill is under a payment arrangement.
    expect(first.suspended).toBe(0);
    expect((await dunning(db, now)).sent).toBe(0);
    const asAnna = await persona("subscriber@demo.test");
    const annaBills = await billsOf("BA-100001");
    const annaAccount = annaBills[0]!.billingAccountId;
    const debt = await asAnna.collections.get({ billingAccountId: annaAccount });
    const overdue = annaBills.filter((b) => b.status === "overdue").map((b) => b.id);
    expect(overdue).toHaveLength(2);
    expect(debt.arrangement).toMatchObject({ status: "active", bills: [{ id: overdue[0] }] });
    expect(debt.bills.map((b) => [b.id, b.arranged])).toEqual([
      [overdue[0], true],
      [overdue[1], false],
    ]);
    expect(debt.suspended).toEqual([]);
    await usageAlerts(db, now);
    expect((await usageAlerts(db, now)).sent).toBe(0);
  });

  it("shows BigCorp breaches this month and last, a breached and an at-risk open ticket, and last month's outage", async () => {
    const asSla = await persona("sla@bigcorp.test");
    const thisMonth = await asSla.sla.dashboard({});
    expect(thisMonth.month).toBe(monthOf(now));
    expect(thisMonth.figures.breaches.total).toBeGreaterThanOrEqual(1);
    const open = (identifier: string) => thisMonth.openTickets.find((t) => t.service.identifier === identifier);
    expect(open("LL-OSTR-0003")?.resolution).toMatchObject({ breached: true });
    expect(open("BB-PRG-300101")?.resolution).toMatchObject({ atRisk: true, breached: false });

    const lastMonth = await asSla.sla.dashboard({ month: shiftMonth(monthOf(now), -1) });
    expect(lastMonth.figures).toMatchObject({ opened: lastMonthOpened, resolved: 3, breaches: { total: 1, byPriority: { P1: 1 } } });
    expect(lastMonth.figures.resolvedWithinTarget).toBeCloseTo(2 / 3, 6);
    const ostrava = lastMonth.figures.availability.filter((a) => a.service.identifier.includes("OST"));
    expect(ostrava.map((a) => a.outageMinutes)).toEqual([270, 270]);
    const credits = await asSla.sla.credits({ month: lastMonth.month });
    expect(credits.items.map((c) => c.service.identifier)).toEqual(["LL-BRNO-0001"]);
  });

  it("keeps an outage open over BigCorp's Plzeň line, with a fix expected later, on its home screen", async () => {
    const home = await (await persona("sla@bigcorp.test")).dashboard.get();
    expect(home.outages.map((o) => o.title)).toEqual([OPEN_OUTAGE_TITLE]);
    const plzen = home.services.find((s) => s.identifier === "LL-PLZN-0002")!;
    expect(home.outages[0]!.serviceIds).toEqual([plzen.id]);
    expect(home.outages[0]!.estimatedEnd!.getTime()).toBeGreaterThan(now.getTime());
    expect((await (await persona("subscriber@demo.test")).dashboard.get()).outages).toEqual([]);
  });

  it("scopes Acme's fleet manager to 14 of its 24 mobile lines: 12 cards at home, all 14 on the lines page", async () => {
    const asFleet = await persona("fleet@acme.test");
    const home = await asFleet.dashboard.get();
    expect(home).toMatchObject({ total: 14, hasMore: true, enterpriseAdmin: false, due: null });
    expect(home.services).toHaveLength(12);
    const lines = await asFleet.services.list({ page: 1, pageSize: 100 });
    const expected = Array.from({ length: 14 }, (_, i) => `+420 731 500 ${111 + i}`);
    expect(lines.items.map((s) => s.identifier).sort()).toEqual(expected);
    expect(expected).toEqual(expect.arrayContaining(home.services.map((s) => s.identifier)));
    const outside = await db.service.findFirstOrThrow({ where: { identifier: "+420 731 500 101" }, select: { id: true } });
    await expect(asFleet.services.get({ id: outside.id })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("adds nothing when it runs again the same day", async () => {
    const count = () =>
      Promise.all([
        db.user.count(),
        db.service.count(),
        db.bill.count(),
        db.usageRecord.count(),
        db.ledgerPosting.count(),
        db.ticket.count(),
        db.ticketEvent.count(),
        db.outage.count(),
      ]);
    const before = await count();
    expect(await seedDemo(db, now)).toMatchObject({ created: false });
    expect(await count()).toEqual(before);
  });
});
