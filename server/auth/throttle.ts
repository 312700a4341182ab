// Sign-in throttling per account and per address, kept in PostgreSQL so every web instance shares it.
// Own code rather than a rate-limit library: it must run on the injected clock so tests can pin time.
import type { Db } from "~/server/db/client";
import type { Clock } from "~/server/lib/clock";

export type ThrottleRule = { maxFailures: number; windowMs: number };

export async function lockedFor(db: Db, clock: Clock, keys: string[]): Promise<number> {
  const now = clock.now().getTime();
  const rows = await db.loginThrottle.findMany({ where: { key: { in: keys } } });
  const until = Math.max(0, ...rows.map((r) => r.lockedUntil?.getTime() ?? 0));
  return until > now ? Math.ceil((until - now) / 1000) : 0;
}

export async function recordFailure(db: Db, clock: Clock, rules: Record<string, ThrottleRule>) {
  const now = clock.now();
  for (const [key, rule] of Object.entries(rules)) {
    const row = await db.loginThrottle.findUnique({ where: { key } });
    const fresh = !row || now.getTime() - row.windowStart.getTime() > rule.windowMs;
    const failures = fresh ? 1 : row.failures + 1;
    const lockedUntil = failures >= rule.maxFailures ? new Date(now.getTime() + rule.windowMs) : null;
    await db.loginThrottle.upsert({
      where: { key },
      create: { key, failures, windowStart: now, lockedUntil },
      update: { failures, windowStart: fresh ? now : row.windowStart, lockedUntil },
    });
  }
}

export async function clearFailures(db: Db, keys: string[]) {
  await db.loginThrottle.deleteMany({ where: { key: { in: keys } } });
}
