// The portal's record of applied events (ProcessedEvent): the dedupe half of at-least-once delivery.
import type { Db, Tx } from "~/server/db/client";
import type { EventInbox } from "~/server/gateways/events";

/** What a portal event handler works in: the transaction that also records the event as applied. */
export type PortalEventContext = { tx: Tx };

export function processedEvents(db: Db): EventInbox<PortalEventContext> {
  return {
    once: (event, apply) =>
      db.$transaction(async (tx) => {
        const { count } = await tx.processedEvent.createMany({ data: [{ eventId: event.eventId, eventType: event.eventType }], skipDuplicates: true });
        if (count === 0) return false;
        await apply({ tx });
        return true;
      }),
  };
}
