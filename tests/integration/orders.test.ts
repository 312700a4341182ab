// Plan changes over the real router: compare on one's own usage, preview, place (once per key), the
// fulfilment job to completion and the billing change it makes, notices per milestone, cancel, scope.
import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { depsFor } from "~/server/container";
import { drainOutbox } from "~/server/gateways/events";
import { createPostgresFulfilmentFeed } from "~/server/gateways/fulfilment/postgres-fulfilment-gateway";
import { advanceOrders } from "~/server/jobs/fulfilment-orders";
import { fulfilmentEventListener } from "~/server/modules/events/portal-listener";
import { callerAs, createPlan, createStaff, kitClock, KIT_NOW, rejectionCode, testDb } from "~/tests/kit";
import { addCdr, createMeteredCompany, createMeteredHousehold, createMeteredPlan, GIB } from "./usage-world";

const minutesLater = (m: number) => new Date(Date.parse(KIT_NOW) + m * 60_000);

async function household() {
  const small = await createMeteredPlan();
  const large = await createPlan({ kind: "mobile", name: "Kit unlimited", monthlyFeeMinor: 4990 });
  const h = await createMeteredHousehold(small);
  // September: 2 GiB on a 1 GiB allowance, 1 024 MiB over at 0.50 = 512.00.
  await addCdr(h.mobile, "data", "national", 2 * GIB, "2026-09-10T08:00:00Z");
  return { ...h, small, large, caller: await callerAs(h.owner) };
}

async function completeOrders(at: Date) {
  const deps = depsFor(testDb(), kitClock(at));
  await advanceOrders(deps, at);
  await drainOutbox(createPostgresFulfilmentFeed(testDb()), fulfilmentEventListener(testDb()));
}

describe("orders: changing plan", () => {
  it("prices each plan on the customer's last three months of usage", async () => {
    const { caller, mobile, small, large } = await household();
    const c = await caller.orders.compare({ serviceId: mobile });
    expect(c.periods).toEqual(["2026-08", "2026-09", "2026-10"]);
    expect(c.plans.find((p) => p.id === small)).toMatchObject({ current: true, monthlyFeeMinor: 1990, usageCostMinor: 1990 + 17_067 });
    expect(c.plans.find((p) => p.id === large)).toMatchObject({ current: false, monthlyFeeMinor: 4990, usageCostMinor: 4990 });
    expect(c.plans.every((p) => p.code && p.currency)).toBe(true);
  });

  it("previews the monthly difference and the next bill, now or from the next period", async () => {
    const { caller, mobile, large, small } = await household();
    const next = await caller.orders.preview({ serviceId: mobile, planId: large, timing: "next_period" });
    expect(next).toMatchObject({ monthlyDifferenceMinor: 3000, effectiveDate: "2026-12-01", nextBillDifferenceMinor: 0 });
    // 8 of November's 30 days left: 3 000 × 8 / 30 = 800.
    const now = await caller.orders.preview({ serviceId: mobile, planId: large, timing: "now" });
    expect(now).toMatchObject({ effectiveDate: "2026-11-23", nextBillDifferenceMinor: 800 });
    expect(await rejectionCode(caller.orders.preview({ serviceId: mobile, planId: small, timing: "now" }))).toBe("BAD_REQUEST");
  });

  it("places one order for a double click and completes it: the plan changes from the next period, a notice per milestone", async () => {
    const { caller, mobile, large, small, owner } = await household();
    const input = { serviceId: mobile, planId: large, timing: "next_period" as const, idempotencyKey: randomUUID() };
    const [a, b] = await Promise.all([caller.orders.place(input), caller.orders.place(input)]);
    expect(b.id).toBe(a.id);
    expect(a).toMatchObject({
      state: "acknowledged",
      cancellable: true,
      item: { fromPlan: { id: small }, toPlan: { id: large, name: "Kit unlimited" } },
    });
    expect((await caller.orders.list({ page: 1, pageSize: 10 })).total).toBe(1);

    await completeOrders(minutesLater(1));
    const done = await caller.orders.get({ orderId: a.id });
    expect(done).toMatchObject({ state: "completed", cancellable: false });
    expect(done.milestones.every((m) => m.actualAt)).toBe(true);
    const periods = await testDb().servicePlanPeriod.findMany({ where: { serviceId: mobile }, orderBy: { startDate: "asc" } });
    expect(periods.map((p) => [p.planId, p.endDate?.toISOString().slice(0, 10) ?? null])).toEqual([
      [small, "2026-12-01"],
      [large, null],
    ]);
    const notices = await testDb().notification.findMany({
      where: { userId: owner.userId, kind: "order.updated" },
      orderBy: { createdAt: "asc" },
    });
    expect(notices.map((n) => (n.data as { stage: string }).stage).sort()).toEqual([
      "acknowledged",
      "activation",
      "completed",
      "configuration",
    ]);
    expect(await rejectionCode(caller.orders.cancel({ orderId: a.id }))).toBe("PRECONDITION_FAILED");
  });

  it("cancels an order in flight: it never reaches the bill", async () => {
    const { caller, mobile, large } = await household();
    const o = await caller.orders.place({ serviceId: mobile, planId: large, timing: "now", idempotencyKey: randomUUID() });
    expect(await caller.orders.cancel({ orderId: o.id })).toMatchObject({ state: "cancelled", cancellable: false });
    await completeOrders(minutesLater(1));
    expect(await testDb().servicePlanPeriod.count({ where: { serviceId: mobile } })).toBe(0);
  });

  it("hides another customer's services and orders, keeps a sub-user to their lines, and refuses staff", async () => {
    const anna = await household();
    const other = await household();
    const o = await anna.caller.orders.place({ serviceId: anna.mobile, planId: anna.large, timing: "now", idempotencyKey: randomUUID() });
    expect(await rejectionCode(other.caller.orders.get({ orderId: o.id }))).toBe("NOT_FOUND");
    expect(await rejectionCode(other.caller.orders.cancel({ orderId: o.id }))).toBe("NOT_FOUND");
    expect(await rejectionCode(other.caller.orders.compare({ serviceId: anna.mobile }))).toBe("NOT_FOUND");
    expect(
      await rejectionCode(
        other.caller.orders.place({ serviceId: anna.mobile, planId: anna.large, timing: "now", idempotencyKey: randomUUID() }),
      ),
    ).toBe("NOT_FOUND");
    expect((await other.caller.orders.list({ page: 1, pageSize: 10 })).total).toBe(0);

    const company = await createMeteredCompany(anna.small);
    const member = await callerAs(company.member);
    expect((await member.orders.compare({ serviceId: company.granted })).plans.length).toBeGreaterThan(1);
    expect(await rejectionCode(member.orders.compare({ serviceId: company.other }))).toBe("NOT_FOUND");
    const admin = await callerAs(company.admin);
    const theirs = await admin.orders.place({ serviceId: company.other, planId: anna.large, timing: "now", idempotencyKey: randomUUID() });
    expect(await rejectionCode(member.orders.get({ orderId: theirs.id }))).toBe("NOT_FOUND");

    const dispatcher = await callerAs(await createStaff("dispatcher"));
    expect(await rejectionCode(dispatcher.orders.list({ page: 1, pageSize: 10 }))).toBe("FORBIDDEN");
  });
});
