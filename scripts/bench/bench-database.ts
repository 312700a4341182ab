// A migrated, empty database for a benchmark: beside DATABASE_URL's when one is set (as bench:billing does), else
// in a throw-away embedded PostgreSQL cluster of its own (fsync off, as npm test runs), so the bench needs nothing set up.
import { execFile } from "node:child_process";
import { rm } from "node:fs/promises";
import path from "node:path";
import { promisify } from "node:util";
import pg from "pg";
import { startEmbeddedPostgres } from "../lib/postgres";

/** `close` stops and removes what was made; with `keep`, it leaves it and says where. */
export type BenchDatabase = { url: string; where: string; close(): Promise<string | null> };

async function onServer(url: string, text: string) {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    await c.query(text);
  } finally {
    await c.end();
  }
}

async function migrate(url: string) {
  const prisma = path.join(process.cwd(), "node_modules", ".bin", "prisma");
  const cli = { env: { ...process.env, DATABASE_URL: url }, timeout: 300_000 };
  await promisify(execFile)(prisma, ["migrate", "deploy"], cli);
  await promisify(execFile)(prisma, ["migrate", "status"], cli); // exits 1 while anything is pending
}

/** `name` must be a plain identifier; `keep` leaves the database (and its cluster's directory) behind. */
export async function openBenchDatabase(name: string, keep: boolean): Promise<BenchDatabase> {
  const existing = process.env.DATABASE_URL;
  if (existing) {
    const url = Object.assign(new URL(existing), { pathname: `/${name}` }).toString();
    await onServer(existing, `CREATE DATABASE "${name}"`);
    const close = async () => {
      if (keep) return `kept ${url}`;
      await onServer(existing, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      return null;
    };
    await migrate(url).catch(async (err: unknown) => {
      await close();
      throw err;
    });
    return { url, where: `database ${name} beside DATABASE_URL`, close };
  }
  const server = await startEmbeddedPostgres({ dataDir: path.join(process.cwd(), ".data", `${name}-pg`), fast: true });
  process.once("exit", () => server.kill()); // a bench that dies must not leave its server running
  const close = async () => {
    await server.stop();
    if (keep) return `kept the cluster in ${server.dataDir} (database ${name})`;
    await rm(server.dataDir, { recursive: true, force: true });
    return null;
  };
  try {
    await server.ensureDatabase(name);
    await migrate(server.url(name));
  } catch (err) {
    await close();
    throw err;
  }
  return { url: server.url(name), where: `embedded PostgreSQL on port ${server.port} (no DATABASE_URL set)`, close };
}
