// Moves committed outbox rows onto the job queue. At-least-once: a row is marked "queued" only
// after its job exists; if that mark is lost the next poll sends again, and the job's
// singletonKey plus the idempotent handler keep it to one delivery.
import type { Db } from "~/server/db/client";
import { systemClock, type Clock } from "~/server/lib/clock";
import { logger } from "~/server/lib/logger";
import { startPolling } from "./polling";

/** Puts one job for an outbox row on the queue named by its topic; throws if it cannot. */
export type Enqueue = (topic: string, outboxId: string) => Promise<void>;

const RETRY_ENQUEUE_MS = 60_000;

/** One pass: claims up to `limit` due rows, enqueues them, marks them queued. Returns how many. */
export async function relayOutbox(db: Db, enqueue: Enqueue, { clock = systemClock, limit = 50 }: { clock?: Clock; limit?: number } = {}) {
  return db.$transaction(async (tx) => {
    // SKIP LOCKED: several workers can relay side by side without taking the same rows.
    const due = await tx.$queryRaw<{ id: string; topic: string }[]>`
      SELECT id, topic FROM "OutboxMessage"
      WHERE status = 'pending' AND "availableAt" <= ${clock.now()}
      ORDER BY "availableAt" LIMIT ${limit}
      FOR UPDATE SKIP LOCKED`;
    const queued: string[] = [];
    for (const row of due) {
      try {
        await enqueue(row.topic, row.id);
        queued.push(row.id);
      } catch (err) {
        // Park it for a while rather than retrying it every second.
        const lastError = err instanceof Error ? err.message : String(err);
        logger.warn("outbox: could not enqueue", { outboxId: row.id, topic: row.topic, error: lastError });
        const availableAt = new Date(clock.now().getTime() + RETRY_ENQUEUE_MS);
        await tx.outboxMessage.update({ where: { id: row.id }, data: { lastError, availableAt } });
      }
    }
    if (queued.length) {
      await tx.outboxMessage.updateMany({ where: { id: { in: queued }, status: "pending" }, data: { status: "queued" } });
    }
    return queued.length;
  });
}

/** Polls every intervalMs until stopped; a pass never overlaps the previous one. */
export function startOutboxRelay(
  db: Db,
  enqueue: Enqueue,
  { intervalMs = 1000, onQueued }: { intervalMs?: number; onQueued?: (count: number) => void } = {},
) {
  return startPolling(
    "outbox",
    async () => {
      const count = await relayOutbox(db, enqueue);
      if (count) onQueued?.(count);
    },
    intervalMs,
  );
}
