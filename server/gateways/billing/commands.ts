// Idempotency of the billing system's commands: the first result under a key is stored, and a retry
// with the same key gets it back without running the command again.
import type { Db } from "~/server/db/client";

/** Runs `command` once per key; results must survive JSON (ids, numbers, strings). */
export async function once<T>(db: Db, key: string, command: string, run: () => Promise<T>): Promise<T> {
  const done = await db.billingCommand.findUnique({ where: { key }, select: { result: true } });
  if (done) return done.result as T;
  const result = await run();
  // Two callers racing on one key: the first stored result is the one both get from now on.
  await db.$executeRaw`INSERT INTO "BillingCommand" (key, command, result)
    VALUES (${key}, ${command}, ${JSON.stringify(result)}::jsonb) ON CONFLICT (key) DO NOTHING`;
  const stored = await db.billingCommand.findUniqueOrThrow({ where: { key }, select: { result: true } });
  return stored.result as T;
}
