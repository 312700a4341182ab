// The nightly bill run and dunning, over the real database: each step happens once, notices reach
// the bill holders, and disputed amounts are held out of dunning.
import { beforeAll, describe, expect, it } from "vitest";
import { postPayment } from "~/server/gateways/billing/ledger";
import { ensureBillingCatalogue } from "~/server/gateways/billing/tariff-catalogue";
import type { BillingEvent, CustomerBillCreateEvent } from "~/server/gateways/billing/billing-events";
import { billCycle, endedPeriod } from "~/server/jobs/bill-cycle";
import { billingEventListener } from "~/server/jobs/billing-notices";
import { dunning } from "~/server/jobs/dunning";
import { createHousehold, issueBills, testDb } from "~/tests/kit";

const at = (iso: string) => new Date(`${iso}T02:00:00Z`);
const noticesOf = (userId: string, kind: string) =>
  testDb().notification.findMany({ where: { userId, kind }, orderBy: { createdAt: "asc" } });

beforeAll(async () => {
  await testDb().$transaction((tx) => ensureBillingCatalogue(tx));
});

describe("endedPeriod", () => {
  it.each([
    ["2026-12-01", 1, "2026-11"],
    ["2026-12-14", 15, "2026-10"],
    ["2026-12-15", 15, "2026-11"],
    ["2026-01-31", 31, "2025-12"], // cycle days past 28 are the 28th
  ])("on %s, cycle day %i bills %s", (today, day, period) => {
    expect(endedPeriod(at(today), day)).toBe(period);
  });
});

describe("bill cycle job", () => {
  it("issues the ended period's bill once and tells the owner once", async () => {
    const home = await createHousehold();
    const first = await billCycle(testDb(), at("2026-12-01"), [home.billingAccountId]);
    expect(first.runs.map((r) => [r.period, r.bills])).toEqual([["2026-11", 1]]);
    const again = await billCycle(testDb(), at("2026-12-02"), [home.billingAccountId]);
    expect(again.runs.map((r) => r.bills)).toEqual([0]);
    const notices = await noticesOf(home.userId, "bill.issued");
    expect(notices).toHaveLength(1);
    expect(notices[0]).toMatchObject({ data: { period: "2026-11" }, link: expect.stringMatching(/^\/bills\/[0-9a-f-]{36}$/) });
    const bill = await testDb().bill.findFirstOrThrow({ where: { billingAccountId: home.billingAccountId }, select: { issueDate: true } });
    expect(bill.issueDate.toISOString().slice(0, 10)).toBe("2026-12-01");
  });

  it("announces each bill on the billing feed, and a second delivery of its event tells nobody again", async () => {
    const home = await createHousehold();
    expect((await billCycle(testDb(), at("2026-12-01"), [home.billingAccountId])).notified).toBeGreaterThanOrEqual(1);
    const bill = await testDb().bill.findFirstOrThrow({ where: { billingAccountId: home.billingAccountId }, select: { id: true } });
    const [row] = await testDb().$queryRaw<{ eventId: string; eventTime: Date; payload: CustomerBillCreateEvent["event"] }[]>`
      SELECT "eventId"::text AS "eventId", "eventTime", payload FROM "BillingEvent" WHERE payload->'customerBill'->>'id' = ${bill.id}`;
    expect(row!.payload.customerBill).toMatchObject({
      id: bill.id,
      period: "2026-11",
      relatedParty: [{ id: home.customerId, role: "customer" }],
    });
    const event: BillingEvent = {
      eventId: row!.eventId,
      eventType: "CustomerBillCreateEvent",
      eventTime: row!.eventTime.toISOString(),
      event: row!.payload,
    };
    expect(await billingEventListener(testDb())(event)).toBe(false);
    expect(await noticesOf(home.userId, "bill.issued")).toHaveLength(1);
  });
});

describe("dunning job", () => {
  let home: Awaited<ReturnType<typeof createHousehold>>;
  let billId: string;
  beforeAll(async () => {
    home = await createHousehold();
    ({ home: billId } = await issueBills({ home: home.billingAccountId }, "2026-09")); // issued 2026-10-01, due 2026-10-15
  });
  const run = (day: string) => dunning(testDb(), at(day), [home.billingAccountId]);

  it("waits until the day after the due date, then reminds once per step", async () => {
    expect((await run("2026-10-15")).sent).toBe(0);
    expect((await run("2026-10-16")).sent).toBe(1);
    expect((await run("2026-10-20")).sent).toBe(0);
    expect((await run("2026-10-29")).sent).toBe(1);
    const steps = (await noticesOf(home.userId, "bill.overdue")).map((n) => (n.data as { step: number }).step);
    expect(steps).toEqual([1, 2]);
    const bill = await testDb().bill.findUniqueOrThrow({ where: { id: billId }, select: { status: true } });
    expect(bill.status).toBe("overdue");
  });

  it("skips to the step reached when it has not run for a while, and never goes back", async () => {
    expect((await run("2026-11-20")).sent).toBe(1);
    expect((await run("2026-11-21")).sent).toBe(0);
    const steps = (await noticesOf(home.userId, "bill.overdue")).map((n) => (n.data as { step: number }).step);
    expect(steps).toEqual([1, 2, 3]);
  });

  it("leaves paid bills alone", async () => {
    const other = await createHousehold();
    const { b } = await issueBills({ b: other.billingAccountId }, "2026-09");
    const bill = await testDb().bill.findUniqueOrThrow({ where: { id: b }, select: { totalMinor: true } });
    await postPayment(testDb(), {
      billingAccountId: other.billingAccountId,
      billId: b,
      amountMinor: bill.totalMinor,
      reference: `paid-${b}`,
    });
    expect((await dunning(testDb(), at("2026-11-20"), [other.billingAccountId])).sent).toBe(0);
    expect(await noticesOf(other.userId, "bill.overdue")).toEqual([]);
  });
});
