// Sign-in throttling per account and per address, kept in PostgreSQL so every web instance shares it.
// Own code rather than a rate-limit library: it must run on the injected clock so tests can pin time.
import type { HasDb } from "~/server/db/transaction";
import type { Clock } from "~/server/lib/clock";

export type ThrottleRule = { maxFailures: number; windowMs: number };

export async function lockedFor({ db, clock }: HasDb & { clock: Clock }, keys: string[]): Promise<number> {
  const now = clock.now().getTime();
  const rows = await db.loginThrottle.findMany({ where: { key: { in: keys } } });
  const until = Math.max(0, ...rows.map((r) => r.lockedUntil?.getTime() ?? 0));
  return until > now ? Math.ceil((until - now) / 1000) : 0;
}

/** One atomic statement per key, so parallel failures are all counted. */
export async function recordFailure({ db, clock }: HasDb & { clock: Clock }, rules: Record<string, ThrottleRule>) {
  const now = clock.now();
  for (const [key, { maxFailures, windowMs }] of Object.entries(rules)) {
    const windowStart = new Date(now.getTime() - windowMs);
    const lockUntil = new Date(now.getTime() + windowMs);
    await db.$executeRaw`
      INSERT INTO "LoginThrottle" (key, failures, "windowStart", "lockedUntil")
      VALUES (${key}, 1, ${now}, CASE WHEN 1 >= ${maxFailures} THEN ${lockUntil}::timestamp ELSE NULL END)
      ON CONFLICT (key) DO UPDATE SET
        failures = CASE WHEN "LoginThrottle"."windowStart" < ${windowStart} THEN 1 ELSE "LoginThrottle".failures + 1 END,
        "windowStart" = CASE WHEN "LoginThrottle"."windowStart" < ${windowStart} THEN ${now} ELSE "LoginThrottle"."windowStart" END,
        "lockedUntil" = CASE
          WHEN (CASE WHEN "LoginThrottle"."windowStart" < ${windowStart} THEN 1 ELSE "LoginThrottle".failures + 1 END) >= ${maxFailures}
          THEN ${lockUntil}::timestamp ELSE "LoginThrottle"."lockedUntil" END`;
  }
}

export async function clearFailures({ db }: HasDb, keys: string[]) {
  await db.loginThrottle.deleteMany({ where: { key: { in: keys } } });
}
