// The usage alert job over a real PostgreSQL: each threshold and the first roaming once per period,
// to the account holders and the line's assigned user, never twice even when runs overlap.
import { beforeAll, describe, expect, it } from "vitest";
import { usageAlerts } from "~/server/jobs/usage-alerts";
import { testDb } from "~/tests/kit";
import { addCdr, createMeteredCompany, createMeteredPlan, MIB } from "./usage-world";

const NOW = new Date("2026-11-23T10:00:00Z");
let company: Awaited<ReturnType<typeof createMeteredCompany>>;

const notices = async (userId: string) =>
  (
    await testDb().notification.findMany({
      where: { userId, kind: { startsWith: "usage." } },
      select: { kind: true, data: true, link: true },
      orderBy: { createdAt: "asc" },
    })
  ).map((n) => ({ kind: n.kind, ...(n.data as object), link: n.link }));

beforeAll(async () => {
  company = await createMeteredCompany(await createMeteredPlan());
}, 60_000);

describe("usage alerts", () => {
  it("sends 50 % once, then 80 % and 100 % once each, to admins and the assigned user only", async () => {
    // 1 GiB allowance: 560 MiB is 54 %.
    await addCdr(company.granted, "data", "national", 560 * MIB, "2026-11-10T08:00:00Z");
    await usageAlerts(testDb(), NOW);
    const first = [{ kind: "usage.threshold", service: "Field phone", percent: 50, link: "/usage" }];
    expect(await notices(company.admin.userId)).toEqual(first);
    expect(await notices(company.member.userId)).toEqual(first);
    expect(await notices(company.technical.userId)).toEqual([]);
    expect(await testDb().outboxMessage.count({ where: { payload: { path: ["to"], equals: company.admin.email } } })).toBe(1);

    await usageAlerts(testDb(), NOW);
    expect(await notices(company.admin.userId)).toHaveLength(1);

    // Past the allowance in one go: 80 % and 100 % are both recorded, only 100 % is told, once.
    await addCdr(company.granted, "data", "national", 500 * MIB, "2026-11-12T08:00:00Z");
    await usageAlerts(testDb(), NOW);
    await usageAlerts(testDb(), NOW);
    const percents = (await notices(company.admin.userId)).map((n) => (n as { percent?: number }).percent).sort();
    expect(percents).toEqual([100, 50]);
    expect(await testDb().usageAlert.count({ where: { serviceId: company.granted } })).toBe(3);
    // The other line stays quiet: its usage is nowhere near a threshold.
    expect(await testDb().usageAlert.count({ where: { serviceId: company.other } })).toBe(0);
  });

  it("tells about the first roaming usage of a period once", async () => {
    await addCdr(company.other, "voice", "roaming_eu", 60, "2026-11-15T08:00:00Z");
    await usageAlerts(testDb(), NOW);
    await addCdr(company.other, "voice", "roaming_eu", 60, "2026-11-16T08:00:00Z");
    await usageAlerts(testDb(), NOW);
    const roaming = (await notices(company.admin.userId)).filter((n) => n.kind === "usage.roaming");
    expect(roaming).toEqual([{ kind: "usage.roaming", service: "CEO phone", link: "/usage" }]);
    // Not the member's line: no notice for them.
    expect((await notices(company.member.userId)).filter((n) => n.kind === "usage.roaming")).toEqual([]);
  });

  it("sends once even when two runs overlap", async () => {
    const plan = await createMeteredPlan();
    const other = await createMeteredCompany(plan);
    await addCdr(other.other, "voice", "national", 3100, "2026-11-20T08:00:00Z"); // 52 % of 100 minutes
    await Promise.all([usageAlerts(testDb(), NOW), usageAlerts(testDb(), NOW)]);
    expect(await notices(other.admin.userId)).toEqual([{ kind: "usage.threshold", service: "CEO phone", percent: 50, link: "/usage" }]);
  });
});
