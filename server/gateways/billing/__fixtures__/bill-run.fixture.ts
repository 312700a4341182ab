// For the database tests: a small generated billing world (customers and services from the dataset
// generator, plus plan changes, terminations, add-ons, discounts, one-time charges and CDRs), and the
// PostgreSQL error behind a refused Prisma call.
import { randomUUID } from "node:crypto";
import pg from "pg";
import { plans } from "~/prisma/seed/catalogue";
import { insertBatch } from "~/prisma/seed/bulk-insert";
import { addCustomer, createRng, emptyBatch, newCounters, tables, type TableName } from "~/prisma/seed/generate-rows";
import type { Db } from "~/server/db/client";
import { env } from "~/server/env";
import { ensureBillingCatalogue } from "../tariff-catalogue";
import { emptyColumns } from "../usage-csv";
import { ensureUsagePartitions, insertUsageRows } from "../usage-import";
import { usageZones, type UsageKind } from "../rating";

const DAY = 86_400_000;
const day = (d: Date) => d.toISOString().slice(0, 10);

/**
 * Generates `customers` customers and their October 2026 world; returns their billing account ids.
 * Each test file passes its own seed: identifiers carry it, so files never collide in one database.
 */
export async function seedBillingWorld(db: Db, customers: number, seed: number): Promise<string[]> {
  const client = new pg.Client({ connectionString: env.DATABASE_URL });
  await client.connect();
  try {
    await client.query(
      `INSERT INTO "Plan" (code, kind, name, "monthlyFeeMinor", currency)
      SELECT * FROM unnest($1::text[], $2::"ServiceKind"[], $3::text[], $4::int[], $5::text[]) ON CONFLICT (code) DO NOTHING`,
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
    const batch = emptyBatch();
    const rng = createRng(seed);
    const ctx = { seed, rng, uuid: randomUUID, planIds, passwordHash: "x", now: new Date("2026-11-01T00:00:00Z"), next: newCounters() };
    for (let i = 0; i < customers; i++) addCustomer(batch, i, ctx);
    await insertBatch(client, batch, Object.fromEntries(Object.keys(tables).map((t) => [t, 0])) as Record<TableName, number>);
    await db.$transaction((tx) => ensureBillingCatalogue(tx));

    const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rng() * xs.length)]!;
    const services = batch.Service.map((s) => ({
      id: String(s.id),
      kind: String(s.kind),
      account: String(s.billingAccountId),
      planId: String(s.planId),
      activated: s.activatedAt ? new Date(String(s.activatedAt)) : null,
    }));
    const sameKindPlan = (kind: string) => plans.filter((p) => p.kind === kind).map((p) => planIds.get(p.code)!);
    const addOns = new Map((await db.addOn.findMany()).map((a) => [a.code, a.id]));

    // Plan changes and terminations inside October; add-ons; discounts; one-time charges.
    for (const [i, s] of services.filter((x) => x.activated && x.activated < new Date("2026-09-01")).entries()) {
      const since = day(s.activated!);
      if (i % 9 === 0) {
        await db.servicePlanPeriod.createMany({
          data: [
            { serviceId: s.id, planId: s.planId, startDate: new Date(since), endDate: new Date("2026-10-12") },
            { serviceId: s.id, planId: pick(sameKindPlan(s.kind)), startDate: new Date("2026-10-12") },
          ],
        });
      } else if (i % 13 === 0) {
        await db.servicePlanPeriod.create({
          data: { serviceId: s.id, planId: s.planId, startDate: new Date(since), endDate: new Date("2026-10-20") },
        });
      }
      if (s.kind === "mobile" && i % 5 === 0) {
        await db.serviceAddOn.create({ data: { serviceId: s.id, addOnId: addOns.get("DATA-5G")!, startDate: new Date("2026-10-10") } });
      }
      if (s.kind === "tv" && i % 2 === 0) {
        await db.serviceAddOn.create({
          data: { serviceId: s.id, addOnId: addOns.get("TV-SPORT")!, startDate: new Date("2026-08-01"), endDate: new Date("2026-10-25") },
        });
      }
      if (i % 7 === 0) {
        await db.discount.create({
          data: {
            billingAccountId: s.account,
            serviceId: s.id,
            description: "Welcome 25 %",
            kind: "percent",
            percentBp: 2_500,
            startDate: new Date("2026-06-01"),
            endDate: new Date("2026-10-15"),
          },
        });
      }
    }
    const accounts = [...new Set(services.map((s) => s.account))];
    for (const [i, account] of accounts.entries()) {
      if (i % 6 === 0)
        await db.discount.create({
          data: {
            billingAccountId: account,
            description: "Loyalty",
            kind: "fixed",
            amountMinor: 5_000n,
            startDate: new Date("2026-01-01"),
          },
        });
      if (i % 4 === 0)
        await db.oneTimeCharge.create({
          data: {
            billingAccountId: account,
            description: "SIM swap",
            amountMinor: 9_900n,
            chargeDate: new Date(i % 8 ? "2026-10-20" : "2026-11-03"),
          },
        });
    }

    // CDRs from late September to the end of November; a few heavy users cross their allowances.
    const cdrs = emptyColumns();
    for (const s of services) {
      if (s.kind !== "mobile" && s.kind !== "fixed_voice" && rng() < 0.8) continue;
      const heavy = rng() < 0.25;
      for (let n = Math.floor(rng() * (heavy ? 120 : 30)); n > 0; n--) {
        const kind: UsageKind = s.kind === "mobile" ? pick(["voice", "voice", "sms", "data"] as const) : "voice";
        const quantity =
          kind === "sms" ? 1 : kind === "voice" ? Math.floor(rng() * (heavy ? 3_000 : 400)) : Math.floor(rng() * (heavy ? 2e9 : 5e7));
        cdrs.serviceId.push(s.id);
        cdrs.kind.push(kind);
        cdrs.zone.push(rng() < 0.7 ? "national" : pick(usageZones));
        cdrs.startedAt.push(new Date(Date.parse("2026-09-25T00:00:00Z") + Math.floor((rng() * 66 * DAY) / 1000) * 1000).toISOString());
        cdrs.quantity.push(String(quantity));
        cdrs.destination.push(null);
        cdrs.line.push(0);
      }
    }
    await client.query("BEGIN");
    await ensureUsagePartitions(client, cdrs.startedAt);
    await insertUsageRows(client, cdrs, null);
    await client.query("COMMIT");
    return accounts;
  } finally {
    await client.end();
  }
}

/** "<SQLSTATE> <message>" of the PostgreSQL error a Prisma call failed with, or "accepted". */
export async function dbRefusal(call: Promise<unknown>): Promise<string> {
  try {
    await call;
    return "accepted";
  } catch (err) {
    type Cause = { originalCode?: string; originalMessage?: string };
    // Prisma wraps the adapter's error, except for a failed COMMIT (deferred constraints), where it is thrown bare.
    const e = err as { meta?: { driverAdapterError?: { cause?: Cause } }; cause?: Cause };
    const cause = e.meta?.driverAdapterError?.cause ?? e.cause;
    if (!cause?.originalCode) throw err;
    return `${cause.originalCode} ${cause.originalMessage}`;
  }
}
