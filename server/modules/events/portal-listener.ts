// Where the systems' events enter the portal: one listener per feed, dedupe by event id, then the
// areas' handlers. A TMF event hub posting to the portal would call the same listener.
import type { Db } from "~/server/db/client";
import { createEventListener } from "~/server/gateways/events";
import type { FulfilmentEvent } from "~/server/gateways/fulfilment/fulfilment-events";
import type { RepairEvent } from "~/server/gateways/repair/repair-events";
import { orderEventHandlers } from "~/server/modules/orders/order-events";
import { ticketEventHandlers } from "~/server/modules/tickets/ticket-events";
import type { PortalEventContext } from "./event-context";
import { processedEvents } from "./events.repository";

export function repairEventListener(db: Db) {
  return createEventListener<RepairEvent, PortalEventContext>(processedEvents(db), ticketEventHandlers);
}

export function fulfilmentEventListener(db: Db) {
  return createEventListener<FulfilmentEvent, PortalEventContext>(processedEvents(db), orderEventHandlers);
}
