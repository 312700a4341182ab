// Delivers the systems' event feeds to the portal, at least once: a relay moves each system's
// outbox rows onto the queue (one job per event id), and the queue's worker hands the event to the
// portal's listener, which applies it once. A failed handler throws, and pg-boss tries again.
import type { EventOutbox, TmfEvent } from "~/server/gateways/events";
import { logger } from "~/server/lib/logger";
import { startPolling } from "./polling";

/** Puts one job for an event on the queue; throws if it cannot (the event stays pending). */
export type EnqueueEvent = (event: TmfEvent) => Promise<void>;

/** One pass over one outbox: returns how many events were queued. */
function relayEvents(outbox: EventOutbox, enqueue: EnqueueEvent, limit = 50) {
  return outbox.relay(async (events) => {
    const queued: string[] = [];
    for (const event of events) {
      try {
        await enqueue(event);
        queued.push(event.eventId);
      } catch (err) {
        // Left pending: the next pass tries again.
        logger.warn("events: could not enqueue", { eventId: event.eventId, error: err instanceof Error ? err.message : String(err) });
      }
    }
    return queued;
  }, limit);
}

/** Polls the outboxes every intervalMs until stopped; a pass never overlaps the previous one. */
export function startEventRelay(outboxes: EventOutbox[], enqueue: EnqueueEvent, { intervalMs = 1000 }: { intervalMs?: number } = {}) {
  // One outbox failing does not hold up the others.
  return startPolling(
    "events",
    async () => {
      for (const outbox of outboxes) {
        try {
          await relayEvents(outbox, enqueue);
        } catch (err) {
          logger.error("events: relay pass failed", { error: err instanceof Error ? err.message : String(err) });
        }
      }
    },
    intervalMs,
  );
}
