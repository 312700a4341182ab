// The usage summary reuses the account's bill preview until something it reads changes: new usage, a one-time
// charge, a plan period, the catalogue. Reused answers equal recomputed ones; a preview's own (rolled-back) writes
// move nothing; a narrower scope has its own entry.
import { beforeAll, describe, expect, it } from "vitest";
import { previewStats } from "~/server/gateways/billing/preview-cache";
import { callerAs, testDb } from "~/tests/kit";
import { addCdr, createMeteredCompany, createMeteredHousehold, createMeteredPlan, MIB } from "./usage-world";

let planId: string;
let home: Awaited<ReturnType<typeof createMeteredHousehold>>;

beforeAll(async () => {
  planId = await createMeteredPlan();
  home = await createMeteredHousehold(planId);
  await addCdr(home.mobile, "data", "national", 300 * MIB, "2026-11-05T09:00:00Z");
}, 120_000);

/** The summary, and whether answering it rated the account (true) or reused the kept preview (false). */
async function summary(who = home.owner) {
  const before = { ...previewStats };
  const s = await (await callerAs(who)).usage.summary({});
  const rated = previewStats.computed > before.computed;
  expect(rated || previewStats.reused > before.reused, "the summary went through the preview cache").toBe(true);
  return { s, rated };
}

/** Data used this period over every line the caller sees. */
const dataUsed = (s: Awaited<ReturnType<typeof summary>>["s"]) =>
  s.services.flatMap((line) => line.meters).reduce((sum, m) => sum + (m.kind === "data" ? m.used : 0), 0);
const version = async () =>
  (await testDb().ratingVersion.findUnique({ where: { billingAccountId: home.billingAccountId } }))?.version ?? 0n;

describe("the usage summary's preview cache", () => {
  it("rates once, then answers the same from the kept preview while nothing changes", async () => {
    const first = await summary();
    const again = await summary();
    expect(again.rated).toBe(false);
    expect(again.s).toEqual(first.s);
    expect(dataUsed(again.s)).toBe(300 * MIB);
  });

  it("a preview's own writes are rolled back and move no version", async () => {
    const at = await version();
    await (await callerAs(home.owner)).usage.summary({ period: "2026-11" });
    expect(await version()).toBe(at);
  });

  it("rates again after new usage, and shows it", async () => {
    await summary();
    await addCdr(home.mobile, "data", "national", 100 * MIB, "2026-11-06T09:00:00Z");
    const after = await summary();
    expect(after.rated).toBe(true);
    expect(dataUsed(after.s)).toBe(400 * MIB);
    expect((await summary()).rated).toBe(false);
  });

  it("rates again after a one-time charge, a plan period and a catalogue change", async () => {
    const db = testDb();
    await summary();
    const before = (await summary()).s;
    await db.oneTimeCharge.create({
      data: {
        billingAccountId: home.billingAccountId,
        serviceId: home.mobile,
        description: "SIM swap",
        amountMinor: 500n,
        chargeDate: new Date("2026-11-10"),
      },
    });
    const charged = await summary();
    expect(charged.rated).toBe(true);
    expect(charged.s).not.toEqual(before);

    await db.servicePlanPeriod.create({ data: { serviceId: home.mobile, planId, startDate: new Date("2026-11-15") } });
    expect((await summary()).rated).toBe(true);

    await db.$executeRaw`UPDATE "VatRate" SET "rateBasisPoints" = "rateBasisPoints"`; // any write to the catalogue counts
    expect((await summary()).rated).toBe(true);
    expect((await summary()).rated).toBe(false);
  });

  it("keeps a line-scoped member's preview apart from the account holder's", async () => {
    const company = await createMeteredCompany(planId);
    await addCdr(company.granted, "data", "national", 10 * MIB, "2026-11-06T09:00:00Z");
    await addCdr(company.other, "data", "national", 20 * MIB, "2026-11-06T10:00:00Z");
    const admin = await summary(company.admin);
    const member = await summary(company.member);
    expect(member.rated).toBe(true);
    expect(dataUsed(member.s)).toBe(10 * MIB);
    expect(dataUsed(admin.s)).toBe(30 * MIB);
    expect((await summary(company.member)).rated).toBe(false);
  });
});
