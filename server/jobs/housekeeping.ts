// Hourly clean-up of rows that only ever grow. Each delete is idempotent, so overlapping runs are harmless.
import type { Db } from "~/server/db/client";
import { RATE_WINDOW_TTL_MS } from "~/server/auth/rate-limit";
import { SESSION_LIFETIME_SECONDS } from "~/server/auth/session-policy";
import { systemClock, type Clock } from "~/server/lib/clock";

const DAY_MS = 86_400_000;
/** Sign-in throttle windows last minutes; a day-old window can no longer lock anyone out. */
const THROTTLE_TTL_MS = DAY_MS;
/** Past its lifetime an ended session's cookie is refused anyway: its record is no longer needed. */
const ENDED_SESSION_TTL_MS = SESSION_LIFETIME_SECONDS * 1000;
/** Read notices stay visible in the inbox history for half a year. */
const READ_NOTIFICATION_TTL_MS = 180 * DAY_MS;

export async function housekeeping(db: Db, clock: Clock = systemClock) {
  const now = clock.now().getTime();
  const throttles = await db.loginThrottle.deleteMany({
    where: {
      windowStart: { lt: new Date(now - THROTTLE_TTL_MS) },
      OR: [{ lockedUntil: null }, { lockedUntil: { lt: new Date(now) } }],
    },
  });
  const notifications = await db.notification.deleteMany({
    where: { readAt: { not: null }, createdAt: { lt: new Date(now - READ_NOTIFICATION_TTL_MS) } },
  });
  const endedSessions = await db.endedSession.deleteMany({ where: { endedAt: { lt: new Date(now - ENDED_SESSION_TTL_MS) } } });
  const rateWindows = await db.rateWindow.deleteMany({ where: { windowStart: { lt: new Date(now - RATE_WINDOW_TTL_MS) } } });
  return {
    loginThrottles: throttles.count,
    readNotifications: notifications.count,
    endedSessions: endedSessions.count,
    rateWindows: rateWindows.count,
  };
}
