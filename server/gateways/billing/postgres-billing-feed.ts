// The built-in billing system's event outbox (BillingEvent). Events are written in the transaction
// of the change (bill-run-issue.ts for bills), so an event exists iff its change does; the relay
// hands them on oldest first and marks what was handed on.
import type { Db } from "~/server/db/client";
import type { EventOutbox } from "~/server/gateways/events";
import type { BillingEvent } from "./billing-events";

export function createPostgresBillingFeed(db: Db): EventOutbox<BillingEvent> {
  return {
    async relay(send, limit = 100) {
      return db.$transaction(
        async (tx) => {
          // SKIP LOCKED: relays side by side never take the same rows.
          const rows = await tx.$queryRaw<
            { eventId: string; eventType: BillingEvent["eventType"]; eventTime: Date; payload: BillingEvent["event"] }[]
          >`
          SELECT "eventId"::text AS "eventId", "eventType", "eventTime", payload FROM "BillingEvent"
          WHERE "queuedAt" IS NULL ORDER BY id LIMIT ${limit}
          FOR UPDATE SKIP LOCKED`;
          if (rows.length === 0) return 0;
          const sent = await send(
            rows.map(
              (r) =>
                ({ eventId: r.eventId, eventType: r.eventType, eventTime: r.eventTime.toISOString(), event: r.payload }) as BillingEvent,
            ),
          );
          if (sent.length) await tx.billingEvent.updateMany({ where: { eventId: { in: sent } }, data: { queuedAt: new Date() } });
          return sent.length;
        },
        { timeout: 5 * 60_000 },
      );
    },
  };
}
