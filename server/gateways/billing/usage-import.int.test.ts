// CDR import into a real PostgreSQL: all or nothing, never twice.
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { env } from "~/server/env";
import { testDb } from "~/tests/kit/db";
import { seedBillingWorld } from "./__fixtures__/bill-run.fixture";
import { importUsageCsv } from "./usage-import";

describe("usage import", () => {
  const db = testDb();
  const client = new pg.Client({ connectionString: env.DATABASE_URL });
  let services: string[];
  const header = "service_id,kind,started_at,quantity,zone,destination";
  const count = () => db.usageRecord.count({ where: { serviceId: { in: services } } });

  beforeAll(async () => {
    await client.connect();
    const accounts = await seedBillingWorld(db, 2, 303);
    services = (await db.service.findMany({ where: { billingAccountId: { in: accounts } }, select: { id: true } })).map((s) => s.id);
    await db.usageRecord.deleteMany({ where: { serviceId: { in: services } } }); // CDRs are not immutable; start from none
  }, 60_000);
  afterAll(() => client.end());

  it("imports a valid file, creating the month partitions it needs", async () => {
    const lines = [
      header,
      `${services[0]},voice,2026-10-05T10:12:44+02:00,125,national,+420601234567`,
      `${services[0]},data,2031-02-01T00:00:00Z,1048576,roaming_eu,`,
    ];
    const result = await importUsageCsv(client, "october.csv", lines.join("\n"));
    expect(result).toMatchObject({ ok: true, rows: 2 });
    const rows = await db.usageRecord.findMany({ where: { serviceId: services[0] }, orderBy: { startedAt: "asc" } });
    expect(rows.map((r) => [r.kind, r.startedAt.toISOString(), r.quantity, r.destination])).toEqual([
      ["voice", "2026-10-05T08:12:44.000Z", 125n, "+420601234567"],
      ["data", "2031-02-01T00:00:00.000Z", 1_048_576n, null],
    ]);
  });

  it("refuses the same file a second time", async () => {
    const before = await count();
    const again = await importUsageCsv(
      client,
      "october-copy.csv",
      [
        header,
        `${services[0]},voice,2026-10-05T10:12:44+02:00,125,national,+420601234567`,
        `${services[0]},data,2031-02-01T00:00:00Z,1048576,roaming_eu,`,
      ].join("\n"),
    );
    expect(again).toMatchObject({ ok: false, errors: [{ line: 0, reason: expect.stringMatching(/already imported as import \d+/) }] });
    expect(await count()).toBe(before);
  });

  it("imports nothing from a file with one malformed line, and says which and why", async () => {
    const before = await count();
    const good = Array.from({ length: 12_000 }, (_, i) => `${services[1]},sms,2026-10-0${1 + (i % 9)}T12:00:00Z,1,national,`);
    const result = await importUsageCsv(
      client,
      "bad.csv",
      [header, ...good.slice(0, 11_000), `${services[1]},sms,yesterday,1,national,`, ...good.slice(11_000)].join("\n"),
    );
    expect(result).toEqual({
      ok: false,
      errorCount: 1,
      errors: [{ line: 11_002, reason: 'started_at "yesterday" is not an ISO 8601 time with a zone' }],
    });
    expect(await count()).toBe(before);
  });

  it("imports nothing when a line names a service that does not exist", async () => {
    const before = await count();
    const result = await importUsageCsv(
      client,
      "ghost.csv",
      [
        header,
        `${services[1]},sms,2026-10-02T12:00:00Z,1,national,`,
        `00000000-0000-4000-8000-000000000000,sms,2026-10-02T12:00:00Z,1,national,`,
      ].join("\n"),
    );
    expect(result).toEqual({
      ok: false,
      errorCount: 1,
      errors: [{ line: 3, reason: "service 00000000-0000-4000-8000-000000000000 does not exist" }],
    });
    expect(await count()).toBe(before);
  });

  it("writes large files in one transaction (several multi-row inserts)", async () => {
    const rows = Array.from(
      { length: 12_345 },
      (_, i) =>
        `${services[i % services.length]},voice,2026-10-${String(1 + (i % 28)).padStart(2, "0")}` +
        `T08:00:${String(i % 60).padStart(2, "0")}Z,${i % 600},national,`,
    );
    const result = await importUsageCsv(client, "big.csv", [header, ...rows].join("\n"));
    expect(result).toMatchObject({ ok: true, rows: 12_345 });
  });
});
