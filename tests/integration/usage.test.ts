// Usage pages' procedures over the real router: meters, forecast, itemised records and history, in scope.
import { beforeAll, describe, expect, it } from "vitest";
import { callerAs, issueBills, rejectionCode } from "~/tests/kit";
import { addCdr, createMeteredCompany, createMeteredHousehold, createMeteredPlan, GIB, MIB } from "./usage-world";

let home: Awaited<ReturnType<typeof createMeteredHousehold>>;
let company: Awaited<ReturnType<typeof createMeteredCompany>>;

beforeAll(async () => {
  const planId = await createMeteredPlan();
  home = await createMeteredHousehold(planId);
  company = await createMeteredCompany(planId);
  // October (billed below) and November so far (the kit's "now" is 2026-11-23).
  await addCdr(home.mobile, "data", "national", 200 * MIB, "2026-10-05T08:00:00Z");
  await addCdr(home.mobile, "voice", "national", 600, "2026-10-06T08:00:00Z");
  await addCdr(home.mobile, "voice", "national", 1500, "2026-11-02T09:00:00Z", "+420 222 111 000");
  await addCdr(home.mobile, "voice", "international", 120, "2026-11-03T09:00:00Z", "+49 30 1234567");
  await addCdr(home.mobile, "sms", "national", 3, "2026-11-04T09:00:00Z", "+420 777 000 111");
  await addCdr(home.mobile, "data", "national", 600 * MIB, "2026-11-05T09:00:00Z");
  await addCdr(company.granted, "data", "national", 100 * MIB, "2026-11-06T09:00:00Z");
  await addCdr(company.other, "voice", "international", 60, "2026-11-07T09:00:00Z");
  await issueBills({ home: home.billingAccountId, company: company.billingAccountId }, "2026-10");
}, 120_000);

describe("usage summary", () => {
  it("shows the current period's meters, unbilled charges, totals and a forecast to the account holder", async () => {
    const s = await (await callerAs(home.owner)).usage.summary({});
    expect(s).toMatchObject({
      billingAccountId: home.billingAccountId,
      period: "2026-11",
      billed: false,
      billingPeriod: { startDate: "2026-11-01", endDate: "2026-11-30" },
    });
    const mobile = s.services.find((x) => x.id === home.mobile)!;
    expect(mobile.meters.map((m) => m.kind)).toEqual(["voice", "sms", "data"]);
    expect(mobile.meters.find((m) => m.kind === "voice")).toMatchObject({
      allowance: 6000,
      used: 1500,
      remaining: 4500,
      percent: 25,
      unlimited: false,
    });
    expect(mobile.meters.find((m) => m.kind === "sms")).toMatchObject({ allowance: null, used: 3, unlimited: true, percent: null });
    expect(mobile.meters.find((m) => m.kind === "data")).toMatchObject({ allowance: GIB, used: 600 * MIB, percent: 58 });
    // 2 minutes international at 9.90: charged from the first unit.
    expect(mobile.unbilledCharges).toEqual({ amountMinor: 1980, currency: "EUR" });
    expect(s.services.find((x) => x.id === home.tv)!.meters).toEqual([]);
    expect(s.totals).not.toBeNull();
    // recurring 19.90 + usage 19.80 × 30 / 23 days = 25.83 → net 45.73, VAT 21 % 9.60.
    expect(s.forecast).toMatchObject({
      daysElapsed: 23,
      periodDays: 30,
      usageSoFarMinor: 1980,
      projectedUsageMinor: 2583,
      taxRateBp: 2100,
    });
    expect(s.forecast!.netMinor).toBe(s.forecast!.recurringMinor + s.forecast!.otherMinor + 2583);
    expect(s.forecast!.totalMinor).toBe(s.forecast!.netMinor + s.forecast!.taxMinor);
  });

  it("shows a billed period from its bill", async () => {
    const s = await (await callerAs(home.owner)).usage.summary({ period: "2026-10" });
    expect(s.billed).toBe(true);
    expect(s.forecast).toBeNull();
    expect(s.services.find((x) => x.id === home.mobile)!.meters.find((m) => m.kind === "data")).toMatchObject({ used: 200 * MIB });
  });

  it("shows a sub-user their granted line only, without account totals or forecast", async () => {
    const s = await (await callerAs(company.member)).usage.summary({});
    expect(s.services.map((x) => x.id)).toEqual([company.granted]);
    expect(s.totals).toBeNull();
    expect(s.forecast).toBeNull();
    expect(JSON.stringify(s)).not.toContain(company.other);
  });

  it("answers NOT_FOUND for another customer's account and refuses a period not yet started", async () => {
    const caller = await callerAs(home.owner);
    expect(await rejectionCode(caller.usage.summary({ billingAccountId: company.billingAccountId }))).toBe("NOT_FOUND");
    expect(await rejectionCode(caller.usage.summary({ period: "2027-01" }))).toBe("BAD_REQUEST");
    expect(await rejectionCode(caller.usage.summary({ period: "2026-13" }))).toBe("BAD_REQUEST");
  });
});

describe("usage records", () => {
  it("lists CDRs newest first with their service, filtered by kind, zone and dates", async () => {
    const caller = await callerAs(home.owner);
    const all = await caller.usage.records({ pageSize: 100 });
    expect(all.total).toBe(6);
    expect(all.items[0]).toMatchObject({ kind: "data", service: { id: home.mobile, label: "My phone" } });
    const voice = await caller.usage.records({ kind: "voice", from: "2026-11-01", to: "2026-11-30" });
    expect(voice.items.map((r) => r.quantity)).toEqual([120, 1500]);
    const intl = await caller.usage.records({ kind: "voice", zone: "international" });
    expect(intl.items).toMatchObject([{ destination: "+49 30 1234567", quantity: 120 }]);
    // `to` includes its whole day.
    expect((await caller.usage.records({ from: "2026-11-02", to: "2026-11-02" })).total).toBe(1);
  });

  it("shows a sub-user only their line's records; another customer's line is NOT_FOUND", async () => {
    const member = await callerAs(company.member);
    const mine = await member.usage.records({});
    expect(mine.items.map((r) => r.service.id)).toEqual([company.granted]);
    expect(await rejectionCode(member.usage.records({ serviceId: company.other }))).toBe("NOT_FOUND");
    expect(await rejectionCode((await callerAs(home.owner)).usage.records({ serviceId: company.granted }))).toBe("NOT_FOUND");
  });

  it("rejects a reversed range, a range over a year and malformed dates", async () => {
    const caller = await callerAs(home.owner);
    expect(await rejectionCode(caller.usage.records({ from: "2026-11-10", to: "2026-11-01" }))).toBe("BAD_REQUEST");
    expect(await rejectionCode(caller.usage.records({ from: "2025-01-01", to: "2026-11-01" }))).toBe("BAD_REQUEST");
    expect(await rejectionCode(caller.usage.records({ from: "2026-02-30" }))).toBe("BAD_REQUEST");
    expect(await caller.usage.records({ from: "2025-11-02", to: "2026-11-01" })).toMatchObject({ page: 1 });
  });
});

describe("usage history", () => {
  it("gives per issued month the usage charges, the total and the volumes per kind", async () => {
    const h = await (await callerAs(home.owner)).usage.history({ months: 12 });
    expect(h.months).toHaveLength(1);
    expect(h.months[0]).toMatchObject({
      period: "2026-10",
      partial: false,
      usageCharges: 0,
      volumes: { voice: 600, sms: 0, data: 200 * MIB },
    });
    expect(h.months[0]!.total).toBeGreaterThan(1990);
  });

  it("gives a sub-user their line's share without VAT, never the account's total", async () => {
    const [admin, member] = await Promise.all([callerAs(company.admin), callerAs(company.member)]);
    const whole = (await admin.usage.history({})).months[0]!;
    const mine = (await member.usage.history({})).months[0]!;
    expect(mine.partial).toBe(true);
    expect(mine.total).toBeLessThan(whole.total);
    expect(mine.volumes.voice).toBe(0);
    expect(await rejectionCode(member.usage.history({ billingAccountId: home.billingAccountId }))).toBe("NOT_FOUND");
  });
});
