// Dunning to the end over the real router and database: a bill unpaid seven days past its final notice suspends the
// account's non-essential services through the billing system, paying (or a credit note) restores them, an open
// dispute holds its amount out, and a payment arrangement pauses dunning until an instalment is missed.
import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { depsFor } from "~/server/container";
import { drainOutbox } from "~/server/gateways/events";
import { createPostgresBillingFeed } from "~/server/gateways/billing/postgres-billing-feed";
import { ensureBillingCatalogue } from "~/server/gateways/billing/tariff-catalogue";
import { billingEventListener } from "~/server/jobs/billing-notices";
import { dunning, restoreCleared } from "~/server/jobs/dunning";
import { fixedClock } from "~/server/lib/clock";
import { callerAs, createHousehold, issueBills, rejectionCode, testDb } from "~/tests/kit";

// The October bill is issued on 1 November and due on the 15th: final notice 15 December, suspension 22 December.
const at = (day: string) => new Date(`${day}T06:00:00Z`);
const billing = (day: string) => depsFor(testDb(), fixedClock(at(day))).billing;
const deliverEvents = () => drainOutbox(createPostgresBillingFeed(testDb()), billingEventListener(testDb()));

async function overdueHousehold() {
  const home = await createHousehold();
  const { bill } = await issueBills({ bill: home.billingAccountId });
  const row = await testDb().bill.findUniqueOrThrow({ where: { id: bill }, select: { totalMinor: true, dueDate: true, number: true } });
  const caller = (day: string) => callerAs(home, { clock: fixedClock(at(day)) });
  return { home, billId: bill, total: Number(row.totalMinor), dueDate: row.dueDate.toISOString().slice(0, 10), caller };
}

const suspensionOf = async (caller: Awaited<ReturnType<Awaited<ReturnType<typeof overdueHousehold>>["caller"]>>) =>
  Object.fromEntries((await caller.services.list({ pageSize: 20 })).items.map((s) => [s.kind, s.suspension]));

beforeAll(async () => {
  await testDb().$transaction((tx) => ensureBillingCatalogue(tx));
});

describe("suspension and restoration", () => {
  it("suspends on day +37, not before: the mobile line loses roaming and premium numbers, TV goes off, broadband stays", async () => {
    const w = await overdueHousehold();
    expect(w.dueDate).toBe("2026-11-15");
    await dunning(testDb(), at("2026-12-14"), [w.home.billingAccountId]);
    await dunning(testDb(), at("2026-12-21"), [w.home.billingAccountId]);
    expect(await suspensionOf(await w.caller("2026-12-21"))).toEqual({ mobile: null, fixed_voice: null, broadband: null, tv: null });

    expect((await dunning(testDb(), at("2026-12-22"), [w.home.billingAccountId])).suspended).toBe(1);
    const suspended = await suspensionOf(await w.caller("2026-12-22"));
    expect(suspended.mobile).toMatchObject({ reason: "unpaid_bills", barred: ["roaming", "premium_numbers"], wholeService: false });
    expect(suspended.tv).toMatchObject({ barred: ["tv_service"], wholeService: true });
    expect(suspended.fixed_voice).toMatchObject({ barred: ["premium_numbers"] });
    expect(suspended.broadband).toBeNull();
    // A second run the same day changes nothing.
    expect((await dunning(testDb(), at("2026-12-22"), [w.home.billingAccountId])).suspended).toBe(0);

    await deliverEvents();
    const notices = await testDb().notification.findMany({ where: { userId: w.home.userId, kind: "service.suspended" } });
    expect(notices).toHaveLength(1);

    const view = await (await w.caller("2026-12-22")).collections.get({ billingAccountId: w.home.billingAccountId });
    expect(view.timeline.map((e) => e.kind)).toEqual(["notice", "notice", "suspended"]);
    expect(view.suspended.map((s) => s.kind).sort()).toEqual(["fixed_voice", "mobile", "tv"]);
  });

  it("restores within the minute once a bank payment clears the overdue bill, and tells the holders", async () => {
    const w = await overdueHousehold();
    await dunning(testDb(), at("2026-12-22"), [w.home.billingAccountId]);
    const gateway = billing("2026-12-23");
    await gateway.postPayment({
      billingAccountId: w.home.billingAccountId,
      billId: w.billId,
      amountMinor: w.total - 100,
      reference: randomUUID(),
    });
    // Part paid: still owed, still suspended.
    expect((await restoreCleared(testDb(), at("2026-12-23"), [w.home.billingAccountId])).restored).toBe(0);
    await gateway.postPayment({ billingAccountId: w.home.billingAccountId, billId: w.billId, amountMinor: 100, reference: randomUUID() });
    expect((await restoreCleared(testDb(), at("2026-12-23"), [w.home.billingAccountId])).restored).toBe(1);
    expect(Object.values(await suspensionOf(await w.caller("2026-12-23"))).every((s) => s === null)).toBe(true);
    await deliverEvents();
    expect(await testDb().notification.count({ where: { userId: w.home.userId, kind: "service.restored" } })).toBe(1);
    const view = await (await w.caller("2026-12-23")).collections.get({ billingAccountId: w.home.billingAccountId });
    expect(view.timeline.at(-1)).toMatchObject({ kind: "restored" });
    expect(view.overdueMinor).toBe(0);
  });

  it("restores after a credit note clears what is owed", async () => {
    const w = await overdueHousehold();
    await dunning(testDb(), at("2026-12-22"), [w.home.billingAccountId]);
    const net = (await testDb().bill.findUniqueOrThrow({ where: { id: w.billId }, select: { netMinor: true } })).netMinor;
    await billing("2026-12-23").issueCreditNote({ billId: w.billId, netMinor: Number(net), reason: "goodwill", reference: randomUUID() });
    expect((await restoreCleared(testDb(), at("2026-12-23"), [w.home.billingAccountId])).restored).toBe(1);
  });

  it("holds an open dispute's amount out: a bill owed only under dispute does not suspend", async () => {
    const w = await overdueHousehold();
    const line = await testDb().billLine.findFirstOrThrow({ where: { billId: w.billId, kind: "recurring" }, select: { id: true } });
    await testDb().billDispute.create({
      data: {
        billId: w.billId,
        customerId: w.home.customerId,
        billNumber: "disputed",
        currency: "EUR",
        billLineId: line.id,
        ticketId: randomUUID(),
        amountMinor: BigInt(w.total),
        reason: "not mine",
      },
    });
    expect((await dunning(testDb(), at("2026-12-22"), [w.home.billingAccountId])).suspended).toBe(0);
    const view = await (await w.caller("2026-12-22")).collections.get({ billingAccountId: w.home.billingAccountId });
    expect(view).toMatchObject({ overdueMinor: 0, heldOutMinor: w.total, suspended: [] });
  });
});

describe("payment arrangements", () => {
  it("previews instalments computed on the server and makes the plan once per key", async () => {
    const w = await overdueHousehold();
    const caller = await w.caller("2026-11-30");
    const offer = await caller.collections.offer({ billingAccountId: w.home.billingAccountId });
    expect(offer).toMatchObject({ eligible: true, totalMinor: w.total });
    const three = offer.options.find((o) => o.instalments === 3)!;
    expect(three.schedule.map((i) => i.dueDate)).toEqual(["2026-12-07", "2027-01-07", "2027-02-07"]);
    expect(three.schedule.reduce((s, i) => s + i.amountMinor, 0)).toBe(w.total);

    const key = randomUUID();
    const plan = await caller.collections.arrange({ billingAccountId: w.home.billingAccountId, instalments: 3, idempotencyKey: key });
    expect(plan).toMatchObject({ status: "active", totalMinor: w.total, instalments: three.schedule.map((i) => ({ ...i })) });
    expect((await caller.collections.arrange({ billingAccountId: w.home.billingAccountId, instalments: 3, idempotencyKey: key })).id).toBe(
      plan.id,
    );
    expect(
      await rejectionCode(
        caller.collections.arrange({ billingAccountId: w.home.billingAccountId, instalments: 2, idempotencyKey: randomUUID() }),
      ),
    ).toBe("CONFLICT");
    expect(await testDb().paymentArrangement.count({ where: { billingAccountId: w.home.billingAccountId } })).toBe(1);
    expect((await caller.collections.offer({ billingAccountId: w.home.billingAccountId })).reason).toBe("already_arranged");
  });

  it("pauses dunning while instalments are kept; a missed one breaks it and dunning resumes with suspension", async () => {
    const w = await overdueHousehold();
    const caller = await w.caller("2026-11-21");
    await dunning(testDb(), at("2026-11-20"), [w.home.billingAccountId]); // the day +1 reminder
    const plan = await caller.collections.arrange({
      billingAccountId: w.home.billingAccountId,
      instalments: 2,
      idempotencyKey: randomUUID(),
    });
    const [first] = plan.instalments;
    expect(first!.dueDate).toBe("2026-11-28");
    await billing("2026-11-26").postPayment({
      billingAccountId: w.home.billingAccountId,
      billId: w.billId,
      amountMinor: first!.amountMinor,
      reference: randomUUID(),
    });
    // Day +30 and day +37 pass with the plan kept: no final notice, no suspension.
    for (const day of ["2026-12-14", "2026-12-22"]) {
      expect(await dunning(testDb(), at(day), [w.home.billingAccountId])).toMatchObject({ sent: 0, suspended: 0 });
    }
    // The second instalment (28 December) is missed: the plan breaks and the account is suspended at once.
    const after = await dunning(testDb(), at("2026-12-29"), [w.home.billingAccountId]);
    expect(after).toMatchObject({ arrangementsClosed: 1, suspended: 1 });
    const view = await (await w.caller("2026-12-29")).collections.get({ billingAccountId: w.home.billingAccountId });
    expect(view.arrangement).toMatchObject({ status: "broken" });
    expect(view.timeline.map((e) => e.kind)).toEqual(["notice", "arranged", "arrangement_broken", "notice", "suspended"]);
    // Broken in the last twelve months: no new plan.
    expect((await (await w.caller("2026-12-29")).collections.offer({ billingAccountId: w.home.billingAccountId })).reason).toBe(
      "broken_recently",
    );
  });

  it("an arrangement made while suspended restores the services at once", async () => {
    const w = await overdueHousehold();
    await dunning(testDb(), at("2026-12-22"), [w.home.billingAccountId]);
    const caller = await w.caller("2026-12-23");
    await caller.collections.arrange({ billingAccountId: w.home.billingAccountId, instalments: 2, idempotencyKey: randomUUID() });
    expect(Object.values(await suspensionOf(caller)).every((s) => s === null)).toBe(true);
  });

  it("refuses a balance below the minimum with a reason and changes nothing", async () => {
    const w = await overdueHousehold();
    await billing("2026-11-20").postPayment({
      billingAccountId: w.home.billingAccountId,
      billId: w.billId,
      amountMinor: w.total - 1_000,
      reference: randomUUID(),
    });
    const caller = await w.caller("2026-11-20");
    expect(await caller.collections.offer({ billingAccountId: w.home.billingAccountId })).toMatchObject({
      eligible: false,
      reason: "below_minimum",
      options: [],
    });
    expect(
      await rejectionCode(
        caller.collections.arrange({ billingAccountId: w.home.billingAccountId, instalments: 2, idempotencyKey: randomUUID() }),
      ),
    ).toBe("PRECONDITION_FAILED");
    expect(await testDb().paymentArrangement.count({ where: { billingAccountId: w.home.billingAccountId } })).toBe(0);
  });
});
