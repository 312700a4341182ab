// Against a real PostgreSQL (DATABASE_URL). It deletes only what the hourly job would delete anyway.
import { randomUUID } from "node:crypto";
import { env } from "~/server/env";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDb, type Db } from "~/server/db/client";
import { RATE_WINDOW_TTL_MS } from "~/server/auth/rate-limit";
import { SESSION_LIFETIME_SECONDS } from "~/server/auth/session-policy";
import { fixedClock } from "~/server/lib/clock";
import { housekeeping } from "./housekeeping";

const databaseUrl = env.DATABASE_URL;
const DAY = 86_400_000;

describe("housekeeping", () => {
  let db: Db;
  let userId: string;
  const clock = fixedClock("2026-11-23T10:00:00Z");
  const ago = (ms: number) => new Date(clock.now().getTime() - ms);
  const tag = randomUUID();

  beforeAll(async () => {
    db = createDb(databaseUrl!, 2);
    userId = (await db.user.create({ data: { email: `hk-${tag}@example.test`, name: "HK", passwordHash: "x" }, select: { id: true } })).id;
  });
  afterAll(async () => {
    await db.loginThrottle.deleteMany({ where: { key: { startsWith: `email:${tag}` } } });
    await db.endedSession.deleteMany({ where: { id: { startsWith: tag } } });
    await db.rateWindow.deleteMany({ where: { key: `user:${tag}` } });
    await db.user.deleteMany({ where: { id: userId } });
    await db.$disconnect();
  });

  it("drops day-old sign-in throttles and read notices older than 180 days, and nothing else", async () => {
    await db.loginThrottle.createMany({
      data: [
        { key: `email:${tag}:old`, failures: 3, windowStart: ago(2 * DAY) },
        { key: `email:${tag}:fresh`, failures: 3, windowStart: ago(60_000) },
      ],
    });
    await db.notification.createMany({
      data: [
        { userId, kind: "bill.issued", readAt: ago(199 * DAY), createdAt: ago(200 * DAY), data: { n: "old-read" } },
        { userId, kind: "bill.issued", readAt: null, createdAt: ago(200 * DAY), data: { n: "old-unread" } },
        { userId, kind: "bill.issued", readAt: ago(DAY), createdAt: ago(10 * DAY), data: { n: "recent-read" } },
      ],
    });

    await housekeeping(db, clock);

    const keys = (await db.loginThrottle.findMany({ where: { key: { startsWith: `email:${tag}` } } })).map((t) => t.key);
    expect(keys).toEqual([`email:${tag}:fresh`]);
    const left = (await db.notification.findMany({ where: { userId } })).map((n) => (n.data as { n: string }).n).sort();
    expect(left).toEqual(["old-unread", "recent-read"]);
  });

  it("drops the records of sessions signed out longer ago than a session's lifetime, and keeps the recent ones", async () => {
    await db.endedSession.createMany({
      data: [
        { id: `${tag}-old`, endedAt: ago(SESSION_LIFETIME_SECONDS * 1000 + 60_000) },
        { id: `${tag}-recent`, endedAt: ago(SESSION_LIFETIME_SECONDS * 1000 - 60_000) },
      ],
    });
    await housekeeping(db, clock);
    const left = await db.endedSession.findMany({ where: { id: { startsWith: tag } }, select: { id: true } });
    expect(left).toEqual([{ id: `${tag}-recent` }]);
  });

  it("drops rate-limit windows older than an hour, and keeps the current ones", async () => {
    await db.rateWindow.createMany({
      data: [
        { key: `user:${tag}`, windowStart: ago(RATE_WINDOW_TTL_MS + 60_000), calls: 9 },
        { key: `user:${tag}`, windowStart: ago(60_000), calls: 2 },
      ],
    });
    await housekeeping(db, clock);
    const left = await db.rateWindow.findMany({ where: { key: `user:${tag}` }, select: { calls: true } });
    expect(left).toEqual([{ calls: 2 }]);
  });
});
