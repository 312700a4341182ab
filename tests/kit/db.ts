// One Prisma client per test file (each file runs in its own worker), closed when the file ends.
import { createDb, type Db } from "~/server/db/client";
import { env } from "~/server/env";

let db: Db | undefined;

export function testDb(): Db {
  return (db ??= createDb(env.DATABASE_URL, 4));
}

export async function closeTestDb() {
  const open = db;
  db = undefined;
  await open?.$disconnect();
}
