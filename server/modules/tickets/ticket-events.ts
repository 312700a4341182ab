// What the portal does when the repair system reports a ticket change: the reporter is told of every
// new ticket and every status change (notes, visits and ratings are on the timeline, not in notices);
// an SLA threshold crossed warns the bureau.
import type { EventHandlers } from "~/server/gateways/events";
import { slaFlagOf, type RepairEvent } from "~/server/gateways/repair/repair-events";
import type { PortalEventContext } from "~/server/modules/events/event-context";
import { noticeOfSlaFlag, noticeOfStatus } from "./ticket-notices";

export const ticketEventHandlers: EventHandlers<RepairEvent, PortalEventContext> = {
  TroubleTicketCreateEvent: ({ tx }, e) => noticeOfStatus(tx, e.event.troubleTicket),
  TroubleTicketStateChangeEvent: ({ tx }, e) => noticeOfStatus(tx, e.event.troubleTicket),
  TroubleTicketAttributeValueChangeEvent: async ({ tx }, e) => {
    const flag = slaFlagOf(e);
    if (flag) await noticeOfSlaFlag(tx, e.event.troubleTicket, flag);
  },
};
