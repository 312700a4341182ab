// "Why is this bill different?" over the real router: two bill runs of one account with changes in between.
import pg from "pg";
import { beforeAll, describe, expect, it } from "vitest";
import { plans } from "~/prisma/seed/catalogue";
import { env } from "~/server/env";
import type { UsageKind, UsageZone } from "~/server/domain/billing/vocabulary";
import { ensureUsagePartitions, insertUsageRows } from "~/server/gateways/billing/usage-import";
import {
  addMembership,
  callerAs,
  createBillingAccount,
  createCustomer,
  createEnterprise,
  createService,
  createUser,
  issueBills,
  rejectionCode,
  testDb,
  type Persona,
} from "~/tests/kit";

/** A catalogue plan (the kit's own plans have no usage rates). */
async function cataloguePlan(code: string) {
  const p = plans.find((x) => x.code === code)!;
  const plan = await testDb().plan.upsert({ where: { code }, create: { ...p, currency: "CZK" }, update: {}, select: { id: true } });
  return plan.id;
}

async function addCdr(serviceId: string, zone: UsageZone, kind: UsageKind, startedAt: string, quantity: number) {
  const client = new pg.Client({ connectionString: env.DATABASE_URL });
  await client.connect();
  try {
    await ensureUsagePartitions(client, [startedAt]);
    await insertUsageRows(
      client,
      {
        serviceId: [serviceId],
        kind: [kind],
        zone: [zone],
        startedAt: [startedAt],
        quantity: [String(quantity)],
        destination: [null],
        line: [0],
      },
      null,
    );
  } finally {
    await client.end();
  }
}

describe("bills.explain", () => {
  let owner: Persona;
  let account: string;
  let services: { mobile: string; broadband: string };
  let bills: { september: string; october: string };

  beforeAll(async () => {
    const customerId = await createCustomer({ kind: "individual" });
    account = await createBillingAccount({ customerId });
    owner = await createUser();
    await addMembership({ userId: owner.userId, customerId, role: "owner" });
    const mobile = await createService({
      customerId,
      billingAccountId: account,
      kind: "mobile",
      planId: await cataloguePlan("MOB-S"),
      label: "Phone",
    });
    await createService({ customerId, billingAccountId: account, kind: "tv" });
    // Broadband from October on; a fixed discount in September only.
    const broadband = await createService({ customerId, billingAccountId: account, kind: "broadband", label: "Fibre" });
    const bbPlan = (await testDb().service.findUniqueOrThrow({ where: { id: broadband }, select: { planId: true } })).planId;
    await testDb().servicePlanPeriod.create({ data: { serviceId: broadband, planId: bbPlan, startDate: new Date("2026-10-01") } });
    await testDb().discount.create({
      data: {
        billingAccountId: account,
        description: "Welcome back",
        kind: "fixed",
        amountMinor: 5_000n,
        startDate: new Date("2026-09-01"),
        endDate: new Date("2026-09-20"),
      },
    });
    await testDb().oneTimeCharge.create({
      data: { billingAccountId: account, description: "SIM swap", amountMinor: 9_900n, chargeDate: new Date("2026-10-05") },
    });
    await addCdr(mobile, "roaming_world", "voice", "2026-10-10T12:00:00", 600);
    services = { mobile, broadband };
    const september = (await issueBills({ account }, "2026-09")).account;
    const october = (await issueBills({ account }, "2026-10")).account;
    bills = { september, october };
  });

  it("explains the October bill against September: reasons by size that add up to the difference", async () => {
    const api = await callerAs(owner);
    const [oct, sep] = [await api.bills.get({ billId: bills.october }), await api.bills.get({ billId: bills.september })];
    const x = await api.bills.explain({ billId: bills.october });
    expect(x.previous).toEqual({ id: bills.september, period: "2026-09", total: sep.taxIncludedAmount });
    expect(x.difference?.amountMinor).toBe(oct.taxIncludedAmount.amountMinor - sep.taxIncludedAmount.amountMinor);
    expect(x.reasons.reduce((s, r) => s + r.delta.amountMinor, 0)).toBe(x.difference?.amountMinor);

    const by = (kind: string) => x.reasons.find((r) => r.kind === kind);
    expect(by("new_service")).toMatchObject({ service: { id: services.broadband, label: "Fibre" }, delta: { amountMinor: 1_990 } });
    expect(by("roaming")).toMatchObject({
      service: { id: services.mobile },
      delta: { amountMinor: 39_900 },
      quantities: { voice: 600, sms: 0, data: 0 },
    });
    expect(by("one_off_charge")).toMatchObject({ service: null, delta: { amountMinor: 9_900 }, items: ["SIM swap"] });
    expect(by("promotion_ended")).toMatchObject({ service: null, delta: { amountMinor: 5_000 }, items: ["Welcome back"] });
    expect(by("tax_change")?.rateBp).toEqual({ previous: 2_100, current: 2_100 });
    expect(by("other")).toBeUndefined();
    const sizes = x.reasons.map((r) => Math.abs(r.delta.amountMinor));
    expect(sizes).toEqual([...sizes].sort((a, b) => b - a));
  });

  it("says there is nothing to compare the first bill with", async () => {
    const x = await (await callerAs(owner)).bills.explain({ billId: bills.september });
    expect(x).toEqual({ previous: null, difference: null, reasons: [] });
  });

  it("is NOT_FOUND for another customer's bill and FORBIDDEN for a sub-user without the billing role", async () => {
    const acme = await createEnterprise();
    expect(await rejectionCode((await callerAs(acme.admin)).bills.explain({ billId: bills.october }))).toBe("NOT_FOUND");
    expect(await rejectionCode((await callerAs(acme.subUser)).bills.explain({ billId: bills.october }))).toBe("FORBIDDEN");
  });
});
