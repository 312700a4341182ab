// The fulfilment system's event feed, TMF622-shaped: what a TMF event hub would post for a product
// order. Every implementation emits the same events for the same change (contract.ts).
import type { MilestoneName, OrderState } from "~/server/domain/fulfilment/order-lifecycle";
import type { TmfEvent } from "~/server/gateways/events";
import type { ProductOrderRecord } from "./fulfilment-gateway";

/** The order as an event carries it (TMF ProductOrder, the fields a listener needs). */
export interface ProductOrderBody {
  id: string;
  externalId: string;
  state: OrderState;
  relatedParty: { id: string; role: "customer" | "requester" }[];
  /** The milestone the event reports (milestone events only). */
  milestone?: { name: MilestoneName; actualAt: string };
}

type OrderEvent<T extends string> = TmfEvent<T, { productOrder: ProductOrderBody }>;
export type ProductOrderCreateEvent = OrderEvent<"ProductOrderCreateEvent">;
export type ProductOrderStateChangeEvent = OrderEvent<"ProductOrderStateChangeEvent">;
export type ProductOrderMilestoneEvent = OrderEvent<"ProductOrderMilestoneEvent">;
export type FulfilmentEvent = ProductOrderCreateEvent | ProductOrderStateChangeEvent | ProductOrderMilestoneEvent;

export type NewFulfilmentEvent = Omit<FulfilmentEvent, "eventId">;

function productOrderOf(o: ProductOrderRecord): ProductOrderBody {
  return {
    id: o.id,
    externalId: o.number,
    state: o.state,
    relatedParty: [
      { id: o.customerId, role: "customer" },
      { id: o.requestedById, role: "requester" },
    ],
  };
}

export const partyOf = (o: ProductOrderBody, role: ProductOrderBody["relatedParty"][number]["role"]) =>
  o.relatedParty.find((p) => p.role === role)?.id ?? null;

export const createdEvent = (o: ProductOrderRecord, at: Date): NewFulfilmentEvent => ({
  eventType: "ProductOrderCreateEvent",
  eventTime: at.toISOString(),
  event: { productOrder: productOrderOf(o) },
});

/** What reaching a milestone or a cancel/fail emits: the milestone, then the state change when the state moved. */
export function changeEvents(before: ProductOrderRecord, after: ProductOrderRecord, at: Date): NewFulfilmentEvent[] {
  const eventTime = at.toISOString();
  const out: NewFulfilmentEvent[] = [];
  const reached = after.milestones.find((m, i) => m.actualAt && !before.milestones[i]?.actualAt);
  if (reached) {
    const milestone = { name: reached.name, actualAt: reached.actualAt!.toISOString() };
    out.push({ eventType: "ProductOrderMilestoneEvent", eventTime, event: { productOrder: { ...productOrderOf(after), milestone } } });
  }
  if (after.state !== before.state)
    out.push({ eventType: "ProductOrderStateChangeEvent", eventTime, event: { productOrder: productOrderOf(after) } });
  return out;
}
