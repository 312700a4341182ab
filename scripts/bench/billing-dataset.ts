// The standard billing benchmark dataset: customers, accounts and services from the dataset generator
// (prisma/seed), the tariff catalogue, a little of everything the bill run must handle (plan changes,
// terminations, add-ons, discounts, one-time charges) and N CDRs in one billing period, generated in
// SQL (generate_series) because a million rows through Node would be the slowest part.
import { randomUUID } from "node:crypto";
import type pg from "pg";
import { plans } from "~/prisma/seed/catalogue";
import { insertBatch } from "~/prisma/seed/bulk-insert";
import { addCustomer, createRng, emptyBatch, newCounters, tables, type GenContext, type TableName } from "~/prisma/seed/generate-rows";

const CUSTOMERS_PER_FLUSH = 2_000;

export async function insertCustomers(
  client: pg.ClientBase,
  customers: number,
  seed: number,
  now: Date,
): Promise<Record<TableName, number>> {
  await client.query(
    `INSERT INTO "Plan" (code, kind, name, "monthlyFeeMinor", currency)
     SELECT * FROM unnest($1::text[], $2::"ServiceKind"[], $3::text[], $4::integer[], $5::text[]) ON CONFLICT (code) DO NOTHING`,
    [
      plans.map((p) => p.code),
      plans.map((p) => p.kind),
      plans.map((p) => p.name),
      plans.map((p) => p.monthlyFeeMinor),
      plans.map(() => "CZK"),
    ],
  );
  const planIds = new Map(
    (await client.query<{ code: string; id: string }>(`SELECT code, id FROM "Plan"`)).rows.map((r) => [r.code, r.id]),
  );
  // Nobody signs in to a benchmark database: a placeholder instead of one argon2 hash.
  const ctx: GenContext = {
    seed,
    rng: createRng(seed),
    uuid: randomUUID,
    planIds,
    passwordHash: "bench-no-login",
    now,
    next: newCounters(),
  };
  const counts = Object.fromEntries(Object.keys(tables).map((t) => [t, 0])) as Record<TableName, number>;
  for (let from = 0; from < customers; from += CUSTOMERS_PER_FLUSH) {
    const batch = emptyBatch();
    for (let i = from; i < Math.min(customers, from + CUSTOMERS_PER_FLUSH); i++) addCustomer(batch, i, ctx);
    await insertBatch(client, batch, counts);
  }
  return counts;
}

/** Plan changes, terminations, add-ons, discounts and one-time charges inside the period, set-based. */
export async function insertBillingExtras(client: pg.ClientBase, year: number, month: number): Promise<void> {
  const mid = `make_date(${year}, ${month}, 15)`;
  await client.query(`
    WITH s AS (SELECT s.*, row_number() OVER (ORDER BY s.id) AS n FROM "Service" s
               WHERE s.status IN ('active', 'suspended') AND s."activatedAt" < make_date(${year}, ${month}, 1))
    INSERT INTO "ServicePlanPeriod" ("serviceId", "planId", "startDate", "endDate")
    SELECT s.id, s."planId", s."activatedAt"::date, ${mid} FROM s WHERE s.n % 50 = 0 OR s.n % 200 = 1
    UNION ALL
    SELECT s.id, p.id, ${mid}, NULL FROM s JOIN "Plan" p ON p.code = CASE s.kind WHEN 'mobile' THEN 'MOB-UNL' WHEN 'broadband' THEN
    'BB-1000'
                                                                               WHEN 'tv' THEN 'TV-PLUS' ELSE 'FIX-PLUS' END
    WHERE s.n % 50 = 0`);
  await client.query(`
    INSERT INTO "ServiceAddOn" ("serviceId", "addOnId", "startDate")
    SELECT s.id, a.id, make_date(${year}, ${month}, 1) - 30 FROM (SELECT s.*, row_number() OVER (ORDER BY s.id) AS n FROM "Service" s) s
    JOIN "AddOn" a ON a.code = CASE s.kind WHEN 'mobile' THEN 'DATA-5G' ELSE 'TV-SPORT' END
    WHERE (s.kind = 'mobile' AND s.n % 10 = 0) OR (s.kind = 'tv' AND s.n % 3 = 0)`);
  await client.query(`
    WITH a AS (SELECT a.*, row_number() OVER (ORDER BY a.id) AS n FROM "BillingAccount" a)
    INSERT INTO "Discount" ("billingAccountId", "serviceId", description, kind, "percentBp", "amountMinor", "startDate", "endDate")
    SELECT a.id, NULL::uuid, 'Loyalty', 'fixed'::"DiscountKind", NULL::int, 5000::bigint, make_date(${year}, 1, 1), NULL::date FROM a
    WHERE a.n % 20 = 0
    UNION ALL
    SELECT s."billingAccountId", s.id, 'Welcome 25 %', 'percent', 2500, NULL, make_date(${year}, 1, 1), ${mid}
    FROM (SELECT s.*, row_number() OVER (ORDER BY s.id) AS n FROM "Service" s) s WHERE s.n % 33 = 0`);
  await client.query(`
    INSERT INTO "OneTimeCharge" ("billingAccountId", description, "amountMinor", "chargeDate")
    SELECT a.id, 'SIM swap', 9900, make_date(${year}, ${month}, 20)
    FROM (SELECT a.*, row_number() OVER (ORDER BY a.id) AS n FROM "BillingAccount" a) a WHERE a.n % 33 = 0`);
}

/**
 * `count` CDRs of mobile and fixed-voice services, each inside its account's billing period: a skewed
 * pick of services (some heavy users), 45 % voice / 25 % SMS / 30 % data on mobiles, zones mostly
 * national. Deterministic for a seed (setseed); service ids themselves are random per dataset.
 */
export async function insertCdrs(client: pg.ClientBase, count: number, year: number, month: number, seed: number): Promise<void> {
  await client.query(`SELECT billing_ensure_usage_partitions(make_date($1, $2, 1), (make_date($1, $2, 1) + interval '2 months')::date)`, [
    year,
    month,
  ]);
  await client.query(`SELECT setseed($1)`, [(seed % 1000) / 1000]);
  await client.query(
    `CREATE TEMP TABLE bench_target AS
    SELECT row_number() OVER (ORDER BY s.id)::int AS n, s.id AS service_id, s.kind,
           greatest(p.ps, s."activatedAt"::date)::timestamp AS lo,
           extract(epoch FROM (p.ps + interval '1 month') - greatest(p.ps, s."activatedAt"::date)::timestamp) AS span
    FROM "Service" s JOIN "BillingAccount" a ON a.id = s."billingAccountId"
    CROSS JOIN LATERAL (SELECT make_date($1, $2, least(greatest(a."billCycleDay", 1), 28)) AS ps) p
    WHERE s.kind IN ('mobile', 'fixed_voice') AND s.status IN ('active', 'suspended') AND s."activatedAt" < p.ps + interval '1 month'`,
    [year, month],
  );
  await client.query(`CREATE UNIQUE INDEX ON bench_target (n)`);
  await client.query(`ANALYZE bench_target`);
  await client.query(
    `
    INSERT INTO "UsageRecord" ("serviceId", kind, zone, "startedAt", quantity, destination)
    SELECT t.service_id, k.kind, z.zone, t.lo + floor(x.r3 * t.span) * interval '1 second',
           CASE k.kind WHEN 'voice' THEN 1 + floor(-ln(1 - x.r4) * 150) WHEN 'sms' THEN 1 ELSE 1 + floor(-ln(1 - x.r4) * 62914560) END,
           CASE WHEN k.kind = 'data' THEN NULL
                WHEN z.zone IN ('national', 'roaming_eu') THEN '+420' || (600000000 + floor(x.r4 * 99999999))::bigint
                WHEN z.zone = 'premium' THEN '+420' || (900000000 + floor(x.r4 * 9999999))::bigint
                ELSE '+49' || (1500000000 + floor(x.r4 * 99999999))::bigint END
    FROM (SELECT random() AS r1, random() AS r2, random() AS r3, random() AS r4,
                 1 + floor((SELECT count(*) FROM bench_target) * random() ^ 1.5)::int AS n
          FROM generate_series(1, $1::int)) x
    JOIN bench_target t ON t.n = x.n
    CROSS JOIN LATERAL (SELECT (CASE WHEN t.kind = 'fixed_voice' OR x.r1 < 0.45 THEN 'voice' WHEN x.r1 < 0.7 THEN 'sms' ELSE 'data'
    END)::"UsageKind" AS kind) k
    CROSS JOIN LATERAL (SELECT (CASE WHEN t.kind = 'fixed_voice' THEN CASE WHEN x.r2 < 0.9 THEN 'national' WHEN x.r2 < 0.98 THEN
    'international' ELSE 'premium' END
                                     WHEN x.r2 < 0.85 THEN 'national' WHEN x.r2 < 0.91 THEN 'roaming_eu' WHEN x.r2 < 0.96 THEN
                                     'international'
                                     WHEN x.r2 < 0.98 THEN 'roaming_world' ELSE 'premium' END)::"UsageZone" AS zone) z`,
    [count],
  );
  await client.query(`DROP TABLE bench_target`);
  await client.query(`ANALYZE "UsageRecord"`);
}
