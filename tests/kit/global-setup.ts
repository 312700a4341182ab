// Runs once before the integration suites: empties every app table so each run starts from nothing.
// The database belongs to the tests (npm test creates it); a name without "test" is refused so the
// demo database can never be wiped by a stray DATABASE_URL.
import pg from "pg";

export const MISSING_DATABASE_URL =
  "DATABASE_URL is not set: integration tests need a PostgreSQL database of their own " +
  "(npm test starts one; or DATABASE_URL=postgresql://…/portal_vitest npx vitest run)";

export function testDatabaseName(url: string): string {
  const name = decodeURIComponent(new URL(url).pathname.replace(/^\//, ""));
  if (!/test/i.test(name)) {
    throw new Error(`Refusing to truncate database "${name}": integration tests only run against a database whose name contains "test"`);
  }
  return name;
}

export default async function truncateAppTables() {
  const url = process.env.DATABASE_URL;
  // Without a database every integration file fails in tests/kit/setup.ts with this message;
  // unit tests in the same run still execute.
  if (!url) return;
  testDatabaseName(url);
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ name: string }>(
      `SELECT quote_ident(tablename) AS name FROM pg_tables WHERE schemaname = 'public' AND tablename <> '_prisma_migrations'`,
    );
    if (rows.length === 0) throw new Error("No tables in the public schema: run `npx prisma migrate deploy` against DATABASE_URL first");
    await client.query(`TRUNCATE ${rows.map((r) => `public.${r.name}`).join(", ")} RESTART IDENTITY CASCADE`);
  } finally {
    await client.end();
  }
  // The empty, migrated database is the template for suites that build a world of their own (kit/scratch-db.ts).
  // Made now, while no suite holds a connection to it (a template must have none).
  const template = quoteIdent(templateNameOf(url));
  await onServer(url, [
    `DROP DATABASE IF EXISTS ${template} WITH (FORCE)`,
    `CREATE DATABASE ${template} TEMPLATE ${quoteIdent(testDatabaseName(url))}`,
  ]);
}

export const quoteIdent = (name: string) => `"${name.replaceAll('"', '""')}"`;

/** The template's name: the test database's name with a suffix (so it still contains "test"). */
export const templateNameOf = (url: string) => `${testDatabaseName(url)}_template`;

/** Runs statements on the server's maintenance database (CREATE/DROP DATABASE cannot run inside the target). */
export async function onServer(url: string, statements: string[]) {
  const admin = new URL(url);
  admin.pathname = "/postgres";
  const client = new pg.Client({ connectionString: admin.toString() });
  await client.connect();
  try {
    for (const sql of statements) await client.query(sql);
  } finally {
    await client.end();
  }
}
