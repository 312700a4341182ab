// The portal's record of applied events (ProcessedEvent): the dedupe half of at-least-once delivery.
import type { Db } from "~/server/db/client";
import type { EventInbox } from "~/server/gateways/events";
import type { PortalEventContext } from "./event-context";

export type { PortalEventContext } from "./event-context";

export function processedEvents(db: Db): EventInbox<PortalEventContext> {
  return {
    once: (event, apply) =>
      db.$transaction(async (tx) => {
        const { count } = await tx.processedEvent.createMany({
          data: [{ eventId: event.eventId, eventType: event.eventType }],
          skipDuplicates: true,
        });
        if (count === 0) return false;
        await apply({ tx });
        return true;
      }),
  };
}
