// Rate limits on expensive work (PDFs, CSV exports, usage summaries), per person and per address, kept in PostgreSQL
// so every web instance shares them. The same fixed-minute window as the TMF clients' limit: one upsert per key
// counts the call and says how many the minute holds, so parallel calls cannot slip past between a check and a count.
import { UNKNOWN_ADDRESS } from "~/server/auth/client-address";
import type { HasDb } from "~/server/db/transaction";
import { env } from "~/server/env";
import type { Clock } from "~/server/lib/clock";
import { DomainError } from "~/server/lib/errors";

export type RateLimits = { expensivePerMinute: number; expensivePerMinutePerAddress: number };

export const rateLimitsFromEnv = (): RateLimits => ({
  expensivePerMinute: env.EXPENSIVE_CALLS_PER_MINUTE,
  expensivePerMinutePerAddress: env.EXPENSIVE_CALLS_PER_MINUTE_PER_ADDRESS,
});

const MINUTE_MS = 60_000;

/** Counts one call on the key in the minute holding `at`; the calls of that minute so far, this one included. */
async function countCall({ db }: HasDb, key: string, windowStart: Date): Promise<number> {
  const rows = await db.$queryRaw<{ calls: number }[]>`
    INSERT INTO "RateWindow" (key, "windowStart", calls) VALUES (${key}, ${windowStart}, 1)
    ON CONFLICT (key, "windowStart") DO UPDATE SET calls = "RateWindow".calls + 1
    RETURNING calls`;
  return rows[0]?.calls ?? 1;
}

/**
 * One expensive call by this person (null: signed out) from this address. RATE_LIMITED, with the seconds until the
 * minute is over, past either limit; refused calls count too.
 */
export async function countExpensiveCall(
  deps: HasDb & { clock: Clock; limits: RateLimits },
  caller: { userId: string | null; ip: string },
): Promise<void> {
  const now = deps.clock.now().getTime();
  const windowStart = new Date(Math.floor(now / MINUTE_MS) * MINUTE_MS);
  const keys: [string, number][] = [];
  if (caller.userId) keys.push([`user:${caller.userId}`, deps.limits.expensivePerMinute]);
  if (caller.ip !== UNKNOWN_ADDRESS) keys.push([`ip:${caller.ip}`, deps.limits.expensivePerMinutePerAddress]);
  for (const [key, limit] of keys) {
    if ((await countCall(deps, key, windowStart)) > limit) {
      const retryAfterSeconds = Math.max(1, Math.ceil((windowStart.getTime() + MINUTE_MS - now) / 1000));
      throw new DomainError("RATE_LIMITED", "too many expensive calls", { retryAfterSeconds });
    }
  }
}

/** Windows older than this can no longer refuse anything (housekeeping drops them). */
export const RATE_WINDOW_TTL_MS = 60 * MINUTE_MS;
