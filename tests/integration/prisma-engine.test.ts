// The Prisma CLI runs through scripts/prisma-schema-engine.mjs (the WebAssembly schema engine):
// apply every committed migration to a brand-new database through it, and check the result.
import { execFile } from "node:child_process";
import { promisify } from "node:util";
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { env } from "~/server/env";

const run = promisify(execFile);
const name = `engine_check_${process.pid}`;
const admin = () => new pg.Client({ connectionString: env.DATABASE_URL });
const urlOf = (db: string) => Object.assign(new URL(env.DATABASE_URL), { pathname: `/${db}` }).toString();

async function sql(query: string, db?: string) {
  const client = db ? new pg.Client({ connectionString: urlOf(db) }) : admin();
  await client.connect();
  try {
    return (await client.query(query)).rows;
  } finally {
    await client.end();
  }
}

describe("prisma schema engine stand-in", () => {
  afterAll(() => sql(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`));

  it("applies every committed migration to an empty database and reports none pending", async () => {
    await sql(`CREATE DATABASE "${name}"`);
    const cliEnv = { ...process.env, DATABASE_URL: urlOf(name) };
    await run("npx", ["prisma", "migrate", "deploy"], { env: cliEnv, timeout: 120_000 });
    const status = await run("npx", ["prisma", "migrate", "status"], { env: cliEnv, timeout: 120_000 });
    expect(status.stdout).toMatch(/Database schema is up to date/);
    const tables = (await sql(`SELECT tablename FROM pg_tables WHERE schemaname = 'public'`, name)).map((r) => r.tablename);
    expect(tables).toEqual(expect.arrayContaining(["User", "Customer", "Service", "OutboxMessage", "_prisma_migrations"]));
  }, 180_000);

  it("the migrated database matches prisma/schema: no schema change lacks its migration", async () => {
    const cliEnv = { ...process.env, DATABASE_URL: urlOf(name) };
    const diff = await run("npx", ["prisma", "migrate", "diff", "--from-config-datasource", "--to-schema", "prisma/schema", "--script"], {
      env: cliEnv,
      timeout: 120_000,
    });
    expect(diff.stdout.replace(/^--.*$/gm, "").trim()).toBe("");
  }, 180_000);
});
