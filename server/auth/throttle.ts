// Sign-in throttling, kept in PostgreSQL so every web instance shares it. Own code rather than a rate-limit
// library: it must run on the injected clock so tests can pin time.
//
// An attempt is counted *before* the password is hashed, in one statement that also decides whether it may go
// ahead, so parallel guesses cannot all slip through between a check and a count. Reaching the limit locks the key
// for a while that doubles with every further attempt (up to the window): a slow-down, not a wall.
import type { HasDb } from "~/server/db/transaction";
import type { Clock } from "~/server/lib/clock";

export type ThrottleRule = { maxAttempts: number; windowMs: number };

/** The first lock; each further attempt past the limit doubles it, up to the rule's window. */
export const FIRST_LOCK_MS = 60_000;

type Row = { failures: number; lockedUntil: Date | null; allowed: boolean };

/**
 * Counts one attempt on each key. 0 = go ahead; otherwise the seconds to wait (nothing was counted on a key
 * that was still locked). A key is locked from the attempt that reaches its limit on, so the limit-th try still runs.
 */
export async function reserveAttempt({ db, clock }: HasDb & { clock: Clock }, rules: Record<string, ThrottleRule>): Promise<number> {
  const now = clock.now();
  let waitMs = 0;
  for (const [key, { maxAttempts, windowMs }] of Object.entries(rules)) {
    const windowStart = new Date(now.getTime() - windowMs);
    const rows = await db.$queryRaw<Row[]>`
      WITH upserted AS (
        INSERT INTO "LoginThrottle" AS t (key, failures, "windowStart", "lockedUntil")
        VALUES (
          ${key}, 1, ${now},
          CASE WHEN 1 >= ${maxAttempts} THEN ${now}::timestamp + make_interval(secs => ${FIRST_LOCK_MS / 1000}) END
        )
        ON CONFLICT (key) DO UPDATE SET
          failures = CASE WHEN t."windowStart" < ${windowStart} THEN 1 ELSE t.failures + 1 END,
          "windowStart" = CASE WHEN t."windowStart" < ${windowStart} THEN ${now} ELSE t."windowStart" END,
          "lockedUntil" = CASE
            WHEN (CASE WHEN t."windowStart" < ${windowStart} THEN 1 ELSE t.failures + 1 END) >= ${maxAttempts}
            THEN ${now}::timestamp + make_interval(secs => least(
              ${windowMs / 1000}::float8,
              ${FIRST_LOCK_MS / 1000}::float8
                * power(2, (CASE WHEN t."windowStart" < ${windowStart} THEN 1 ELSE t.failures + 1 END) - ${maxAttempts})
            ))
            ELSE NULL END
        WHERE t."lockedUntil" IS NULL OR t."lockedUntil" <= ${now}
        RETURNING failures, "lockedUntil", true AS allowed
      )
      SELECT failures, "lockedUntil", allowed FROM upserted
      UNION ALL
      SELECT failures, "lockedUntil", false FROM "LoginThrottle" WHERE key = ${key} AND NOT EXISTS (SELECT 1 FROM upserted)`;
    const row = rows[0];
    if (row && !row.allowed && row.lockedUntil) waitMs = Math.max(waitMs, row.lockedUntil.getTime() - now.getTime());
  }
  return Math.ceil(waitMs / 1000);
}

/** A successful sign-in: the account × address key starts over; the attempt is given back to the address. */
export async function releaseAttempt({ db }: HasDb, clear: string[], giveBack: Record<string, ThrottleRule>) {
  await db.loginThrottle.deleteMany({ where: { key: { in: clear } } });
  for (const [key, { maxAttempts }] of Object.entries(giveBack)) {
    await db.$executeRaw`
      UPDATE "LoginThrottle" SET failures = greatest(failures - 1, 0),
        "lockedUntil" = CASE WHEN failures - 1 < ${maxAttempts} THEN NULL ELSE "lockedUntil" END
      WHERE key = ${key}`;
  }
}
