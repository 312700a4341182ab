// What the portal does when the repair system reports a ticket change: the reporter is told of every
// new ticket and every status change (notes, visits and ratings are on the timeline, not in notices).
import type { EventHandlers } from "~/server/gateways/events";
import type { RepairEvent } from "~/server/gateways/repair/repair-events";
import type { PortalEventContext } from "~/server/modules/events/event-context";
import { noticeOfStatus } from "./ticket-notices";

export const ticketEventHandlers: EventHandlers<RepairEvent, PortalEventContext> = {
  TroubleTicketCreateEvent: ({ tx }, e) => noticeOfStatus(tx, e.event.troubleTicket),
  TroubleTicketStateChangeEvent: ({ tx }, e) => noticeOfStatus(tx, e.event.troubleTicket),
};
