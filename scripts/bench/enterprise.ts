// `npm run bench:enterprise [-- --lines 5000 --users 500 --runs 60 --keep]`
// A fresh database (beside DATABASE_URL's, or an embedded cluster): one company with 5,000 lines over 20 cost centres
// and 500 users, most lines given to someone. Times the admin's lines table (companyLines.list through the service,
// as the router calls it) for the first page, a search, each filter and a sort, and the Users list with a search;
// each next to the same query written by hand in SQL over the same pool in the same run. Prints p50/p95 and ratios.
import { parseArgs } from "node:util";
import pg from "pg";
import type { CustomerActor } from "~/server/auth/principal";
import { depsFor } from "~/server/container";
import { createDb } from "~/server/db/client";
import { systemClock } from "~/server/lib/clock";
import { listLines } from "~/server/modules/company-lines/company-lines.service";
import { ListLinesInput } from "~/server/modules/company-lines/company-lines.schemas";
import { listMembers } from "~/server/modules/members/members.service";
import { openBenchDatabase } from "./bench-database";
import { quantile } from "./webhooks-delivery";

const { values: o } = parseArgs({
  options: {
    lines: { type: "string", default: "5000" },
    users: { type: "string", default: "500" },
    runs: { type: "string", default: "60" },
    keep: { type: "boolean", default: false },
  },
});
const LINES = Number(o.lines);
const USERS = Number(o.users);
const RUNS = Number(o.runs);
const CENTRES = 20;

async function build(client: pg.Client) {
  const one = async (sql: string, params: unknown[] = []) => (await client.query<{ id: string }>(sql, params)).rows[0]!.id;
  const customerId = await one(`INSERT INTO "Customer" (kind, name, segment) VALUES ('enterprise', 'Bench Corp', 'business') RETURNING id`);
  const accountId = await one(
    `INSERT INTO "BillingAccount" ("customerId", number, name) VALUES ($1, 'BA-900001', 'Bench Corp') RETURNING id`,
    [customerId],
  );
  const planId = await one(
    `INSERT INTO "Plan" (code, kind, name, "monthlyFeeMinor") VALUES ('BENCH-MOB', 'mobile', 'Bench', 1000) RETURNING id`,
  );
  await client.query(
    `INSERT INTO "CostCentre" ("customerId", code, name) SELECT $1, 'CC' || g, 'Centre ' || g FROM generate_series(1, ${CENTRES}) g`,
    [customerId],
  );
  await client.query(
    `INSERT INTO "User" (email, name, "passwordHash", "updatedAt")
     SELECT 'user' || g || '@bench.test', 'Person ' || lpad(g::text, 4, '0'), 'x', now() FROM generate_series(1, ${USERS}) g`,
  );
  await client.query(
    `INSERT INTO "Membership" ("userId", "customerId", role)
     SELECT id, $1, CASE WHEN email = 'user1@bench.test' THEN 'admin'::"MemberRole" ELSE 'member'::"MemberRole" END
     FROM "User" WHERE email LIKE '%@bench.test'`,
    [customerId],
  );
  await client.query(
    `WITH cc AS (SELECT id, row_number() OVER (ORDER BY code) - 1 AS n FROM "CostCentre" WHERE "customerId" = $1),
          u AS (SELECT id, row_number() OVER (ORDER BY email) - 1 AS n FROM "User" WHERE email LIKE '%@bench.test')
     INSERT INTO "Service" ("customerId", "billingAccountId", kind, identifier, label, status, "planId", "costCentreId", "assignedUserId")
     SELECT $1, $2, (ARRAY['mobile','mobile','mobile','broadband','fixed_voice']::"ServiceKind"[])[1 + g % 5],
            '+420 799 ' || lpad(g::text, 6, '0'), CASE WHEN g % 7 = 0 THEN NULL ELSE 'Line ' || g END,
            (ARRAY['active','active','active','active','suspended','pending']::"ServiceStatus"[])[1 + g % 6], $3,
            (SELECT id FROM cc WHERE n = g % ${CENTRES}), CASE WHEN g % 10 = 0 THEN NULL ELSE (SELECT id FROM u WHERE n = g % ${USERS}) END
     FROM generate_series(1, ${LINES}) g`,
    [customerId, accountId, planId],
  );
  await client.query("ANALYZE");
  const admin = await one(`SELECT id FROM "User" WHERE email = 'user1@bench.test'`);
  const centre = await one(`SELECT id FROM "CostCentre" WHERE "customerId" = $1 AND code = 'CC7'`, [customerId]);
  const person = await one(`SELECT id FROM "User" WHERE email = 'user42@bench.test'`);
  return { customerId, admin, centre, person };
}

/** The same page the service reads, by hand: the rows with their joins, and the count. */
const rawLines = (where: string) => `
  SELECT s.id, s.identifier, s.label, s.kind, s.status, p.name AS plan, c.id AS cc_id, c.code, c.name AS cc_name,
         u.id AS user_id, u.name AS user_name, u.email
  FROM "Service" s JOIN "Plan" p ON p.id = s."planId"
  LEFT JOIN "CostCentre" c ON c.id = s."costCentreId" LEFT JOIN "User" u ON u.id = s."assignedUserId"
  WHERE s."customerId" = $1 ${where} ORDER BY s.identifier, s.id LIMIT 20;
  `;

async function timed(run: () => Promise<unknown>) {
  const ms: number[] = [];
  for (let i = 0; i < RUNS + 5; i++) {
    const t = performance.now();
    await run();
    if (i >= 5) ms.push(performance.now() - t); // the first five warm the pool and the plans
  }
  return { p50: quantile(ms, 0.5), p95: quantile(ms, 0.95) };
}

async function main() {
  const database = await openBenchDatabase(`enterprise_bench_${process.pid}`, o.keep);
  const client = new pg.Client({ connectionString: database.url });
  await client.connect();
  const db = createDb(database.url, 10);
  try {
    const started = performance.now();
    const w = await build(client);
    const built = ((performance.now() - started) / 1000).toFixed(1);
    console.log(`bench:enterprise — ${LINES} lines, ${USERS} users, ${CENTRES} cost centres (built in ${built} s), ${RUNS} runs each`);
    process.env.DATABASE_URL ??= database.url; // the environment the portal's deps read (no card payments are made)
    const deps = depsFor(db, systemClock);
    const actor: CustomerActor = {
      kind: "customer",
      userId: w.admin,
      locale: "en",
      customerId: w.customerId,
      customerKind: "enterprise",
      role: "admin",
      serviceIds: null,
    };
    const raw =
      (where: string, params: unknown[] = []) =>
      async () => {
        await client.query(rawLines(where), [w.customerId, ...params]);
        await client.query(
          `SELECT count(*) FROM "Service" s LEFT JOIN "User" u ON u.id = s."assignedUserId"
           LEFT JOIN "CostCentre" c ON c.id = s."costCentreId" WHERE s."customerId" = $1 ${where}`,
          [w.customerId, ...params],
        );
      };
    const search = `AND (s.identifier ILIKE $2 OR s.label ILIKE $2 OR u.name ILIKE $2 OR c.name ILIKE $2)`;
    const cases: [string, Record<string, unknown>, () => Promise<void>][] = [
      ["first page", {}, raw("")],
      ['search "Person 004"', { q: "Person 004" }, raw(search, ["%Person 004%"])],
      ["kind = broadband", { kind: "broadband" }, raw(`AND s.kind = 'broadband'`)],
      ["status = suspended", { status: "suspended" }, raw(`AND s.status = 'suspended'`)],
      ["cost centre", { costCentreId: w.centre }, raw(`AND s."costCentreId" = $2`, [w.centre])],
      ["no cost centre", { costCentreId: "none" }, raw(`AND s."costCentreId" IS NULL`)],
      ["assigned person", { assignedUserId: w.person }, raw(`AND s."assignedUserId" = $2`, [w.person])],
      ["nobody assigned", { assignedUserId: "none" }, raw(`AND s."assignedUserId" IS NULL`)],
    ];
    const rows: string[][] = [["query", "p50 ms", "p95 ms", "raw p50", "raw p95", "p95 ratio"]];
    let worst = 0;
    for (const [name, filter, baseline] of cases) {
      const input = ListLinesInput.parse({ ...filter, pageSize: 20 });
      const ours = await timed(() => listLines(deps, actor, input));
      const base = await timed(baseline);
      worst = Math.max(worst, ours.p95);
      rows.push([
        name,
        ours.p50.toFixed(2),
        ours.p95.toFixed(2),
        base.p50.toFixed(2),
        base.p95.toFixed(2),
        `${(ours.p95 / base.p95).toFixed(2)}×`,
      ]);
    }
    const users = await timed(() => listMembers(deps, actor, { q: "Person 01", page: 1 }));
    const usersRaw = await timed(async () => {
      await client.query(
        `SELECT m.id, u.name, u.email FROM "Membership" m JOIN "User" u ON u.id = m."userId"
         WHERE m."customerId" = $1 AND (u.name ILIKE $2 OR u.email LIKE $2) ORDER BY u.name, m.id LIMIT 20`,
        [w.customerId, "%Person 01%"],
      );
      await client.query(
        `SELECT count(*) FROM "Membership" m JOIN "User" u ON u.id = m."userId"
         WHERE m."customerId" = $1 AND (u.name ILIKE $2 OR u.email LIKE $2)`,
        [w.customerId, "%Person 01%"],
      );
    });
    rows.push([
      "users: search",
      users.p50.toFixed(2),
      users.p95.toFixed(2),
      usersRaw.p50.toFixed(2),
      usersRaw.p95.toFixed(2),
      `${(users.p95 / usersRaw.p95).toFixed(2)}×`,
    ]);
    const width = rows[0]!.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)));
    for (const r of rows) console.log(r.map((c, i) => (i === 0 ? c.padEnd(width[i]!) : c.padStart(width[i]!))).join("  "));
    console.log(`worst lines-table p95: ${worst.toFixed(2)} ms (goal ≤ 50 ms and ≤ 2× the raw query)`);
  } finally {
    await client.end();
    await db.$disconnect();
    const kept = await database.close();
    if (kept) console.log(kept);
  }
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
