// Benchmark dataset: `npm run db:generate -- --customers 10000 [--seed N]` into DATABASE_URL.
// Straight through `pg` in one transaction (all or nothing), thousands of rows per statement.
import { randomUUID } from "node:crypto";
import { parseArgs } from "node:util";
import pg from "pg";
import { hashPassword } from "~/server/auth/password";
import { env } from "~/server/env";
import { CURRENCY, plans } from "./catalogue";
import { insertBatch } from "./bulk-insert";
import { addCustomer, createRng, emptyBatch, newCounters, tables, type GenContext, type TableName } from "./generate-rows";
import { DEMO_PASSWORD } from "./personas";

const CUSTOMERS_PER_FLUSH = 2_000; // ≈ 15k rows in memory per flush, whatever the total

function options() {
  const { values } = parseArgs({ options: { customers: { type: "string", default: "10000" }, seed: { type: "string", default: "1" } } });
  const customers = Number(values.customers);
  const seed = Number(values.seed);
  if (!Number.isInteger(customers) || customers < 1) throw new Error("--customers must be a positive integer");
  if (!Number.isInteger(seed) || seed < 0) throw new Error("--seed must be a non-negative integer");
  return { customers, seed };
}

async function ensurePlans(client: pg.ClientBase): Promise<Map<string, string>> {
  await client.query(
    `INSERT INTO "Plan" (code, kind, name, "monthlyFeeMinor", currency)
     SELECT * FROM unnest($1::text[], $2::"ServiceKind"[], $3::text[], $4::integer[], $5::text[]) ON CONFLICT (code) DO NOTHING`,
    [
      plans.map((p) => p.code),
      plans.map((p) => p.kind),
      plans.map((p) => p.name),
      plans.map((p) => p.monthlyFeeMinor),
      plans.map(() => CURRENCY),
    ],
  );
  const { rows } = await client.query<{ code: string; id: string }>(`SELECT code, id FROM "Plan"`);
  return new Map(rows.map((r) => [r.code, r.id]));
}

async function main() {
  const { customers, seed } = options();
  const passwordHash = await hashPassword(DEMO_PASSWORD); // one hash for everybody: argon2 per user would take minutes
  const client = new pg.Client({ connectionString: env.DATABASE_URL });
  await client.connect();
  try {
    const taken = await client.query(`SELECT 1 FROM "User" WHERE email = $1`, [`user0@seed${seed}.bench.test`]);
    if (taken.rowCount) throw new Error(`a dataset with --seed ${seed} is already in this database; pick another seed`);

    const started = performance.now();
    const counts = Object.fromEntries(Object.keys(tables).map((t) => [t, 0])) as Record<TableName, number>;
    await client.query("BEGIN");
    const ctx: GenContext = {
      seed,
      rng: createRng(seed),
      uuid: randomUUID,
      planIds: await ensurePlans(client),
      passwordHash,
      now: new Date(),
      next: newCounters(),
    };
    for (let from = 0; from < customers; from += CUSTOMERS_PER_FLUSH) {
      const batch = emptyBatch();
      for (let i = from; i < Math.min(customers, from + CUSTOMERS_PER_FLUSH); i++) addCustomer(batch, i, ctx);
      await insertBatch(client, batch, counts);
    }
    await client.query("COMMIT");
    const seconds = (performance.now() - started) / 1000;
    const total = Object.values(counts).reduce((a, b) => a + b, 0);
    for (const [table, n] of Object.entries(counts)) console.log(`${table.padEnd(15)} ${String(n).padStart(10)}`);
    console.log(`total ${total} rows in ${seconds.toFixed(2)} s = ${Math.round(total / seconds)} rows/s (seed ${seed})`);
  } catch (err) {
    await client.query("ROLLBACK").catch(() => {});
    throw err;
  } finally {
    await client.end();
  }
}

main().catch((err) => {
  console.error(`db:generate: ${err instanceof Error ? err.message : String(err)}`);
  process.exit(1);
});
