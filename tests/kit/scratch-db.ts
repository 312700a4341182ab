// Databases of their own for suites that need a world built from nothing at some instant (the demo seed
// "on any day"): copies of the empty, migrated template that global setup makes once per run.
import { createDb, type Db } from "~/server/db/client";
import { env } from "~/server/env";
import { onServer, quoteIdent, templateNameOf, testDatabaseName } from "./global-setup";

export interface ScratchDb {
  db: Db;
  drop(): Promise<void>;
}

/** A fresh, empty, migrated database named after `label`; `drop()` closes and removes it. */
export async function scratchDb(label: string): Promise<ScratchDb> {
  const url = env.DATABASE_URL;
  if (!url) throw new Error("DATABASE_URL is not set");
  const name = `${testDatabaseName(url)}_${label.toLowerCase().replace(/[^a-z0-9]+/g, "_")}`.slice(0, 63);
  const create = [
    `DROP DATABASE IF EXISTS ${quoteIdent(name)} WITH (FORCE)`,
    `CREATE DATABASE ${quoteIdent(name)} TEMPLATE ${quoteIdent(templateNameOf(url))}`,
  ];
  await onServer(url, create);
  const target = new URL(url);
  target.pathname = `/${name}`;
  const db = createDb(target.toString(), 4);
  return {
    db,
    async drop() {
      await db.$disconnect();
      await onServer(url, [`DROP DATABASE IF EXISTS ${quoteIdent(name)} WITH (FORCE)`]);
    },
  };
}
