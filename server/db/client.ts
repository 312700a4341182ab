import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "./generated/client";
import { env } from "~/server/env";
import { guardUndefinedFilters } from "./guard";

export function createDb(url: string, poolMax = 10) {
  // A connection that cannot be had in 10 s fails the request (503) rather than holding it while PostgreSQL is away.
  const adapter = new PrismaPg({ connectionString: url, max: poolMax, connectionTimeoutMillis: 10_000 });
  // Generous transaction limits: a busy machine must make a request slow, not fail it.
  const transactionOptions = { maxWait: 10_000, timeout: 20_000 };
  return new PrismaClient({ adapter, transactionOptions, omit: { user: { passwordHash: true } } }).$extends(guardUndefinedFilters);
}

export type Db = ReturnType<typeof createDb>;
/** The client inside `db.$transaction(async (tx) => …)`. */
export type Tx = Parameters<Parameters<Db["$transaction"]>[0]>[0];

const holder = globalThis as unknown as { __db?: Db };
/** One pool per process (Next dev reloads modules; the pool must survive). */
export function getDb(): Db {
  return (holder.__db ??= createDb(env.DATABASE_URL, env.DATABASE_POOL_MAX));
}
