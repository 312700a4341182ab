// What the portal does when the fulfilment system reports an order change: the person who placed the
// order hears of its acknowledgement, each milestone after it, and a cancellation or failure.
import type { Tx } from "~/server/db/client";
import type { EventHandlers } from "~/server/gateways/events";
import { partyOf, type FulfilmentEvent, type ProductOrderBody } from "~/server/gateways/fulfilment/fulfilment-events";
import type { PortalEventContext } from "~/server/modules/events/event-context";
import { notify } from "~/server/modules/notifications/notify";

async function noticeOf(tx: Tx, order: ProductOrderBody, stage: string) {
  const userId = partyOf(order, "requester");
  if (!userId) return;
  await notify(
    tx,
    { userId, customerId: partyOf(order, "customer") },
    "order.updated",
    { order: order.externalId, stage },
    `/orders/${order.id}`,
  );
}

export const orderEventHandlers: EventHandlers<FulfilmentEvent, PortalEventContext> = {
  ProductOrderCreateEvent: ({ tx }, e) => noticeOf(tx, e.event.productOrder, "acknowledged"),
  ProductOrderMilestoneEvent: async ({ tx }, e) => {
    const { milestone } = e.event.productOrder;
    if (milestone) await noticeOf(tx, e.event.productOrder, milestone.name);
  },
  // Progress and completion are told by their milestones; only the ends that have none are told here.
  ProductOrderStateChangeEvent: async ({ tx }, e) => {
    const { state } = e.event.productOrder;
    if (state === "cancelled" || state === "failed") await noticeOf(tx, e.event.productOrder, state);
  },
};
