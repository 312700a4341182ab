// What both implementations decide the same way: who sees an order, and what a command does to one.
import {
  cancel,
  fail,
  inFlight,
  plannedMilestones,
  reachNext,
  nextMilestone,
  type MilestoneTimings,
} from "~/server/domain/fulfilment/order-lifecycle";
import type { NewOrder, OrderFilter, ProductOrderRecord } from "./fulfilment-gateway";

/** Seconds by default: a plan change completes within a minute of ordering. */
export const defaultTimings: MilestoneTimings = { configurationSeconds: 5, activationSeconds: 10 };

export function sees(filter: OrderFilter, o: Pick<ProductOrderRecord, "customerId" | "serviceId">): boolean {
  if ("all" in filter) return true;
  const { customerId, serviceIds } = filter.scope;
  return o.customerId === customerId && (serviceIds === null || serviceIds.includes(o.serviceId));
}

export const orderNumber = (n: number) => `PO-${String(n).padStart(6, "0")}`;

export function newOrder(id: string, number: string, order: NewOrder, timings: MilestoneTimings): ProductOrderRecord {
  return {
    id,
    number,
    customerId: order.customerId,
    serviceId: order.serviceId,
    requestedById: order.requestedById,
    state: "acknowledged",
    failureReason: null,
    createdAt: order.at,
    completedAt: null,
    cancelledAt: null,
    items: order.items,
    milestones: plannedMilestones(order.at, timings),
    log: [{ kind: "placed", detail: null, at: order.at }],
  };
}

/** The order after its next milestone, or null when the next one is no longer `expected`. */
export function reached(o: ProductOrderRecord, expected: string, at: Date): ProductOrderRecord | null {
  if (!inFlight(o.state) || nextMilestone(o.milestones)?.name !== expected) return null;
  const { state, milestones } = reachNext(o.state, o.milestones, at);
  return {
    ...o,
    state,
    milestones,
    completedAt: state === "completed" ? at : o.completedAt,
    log: [...o.log, { kind: "milestone", detail: expected, at }],
  };
}

export const cancelled = (o: ProductOrderRecord, at: Date): ProductOrderRecord => ({
  ...o,
  state: cancel(o.state, o.milestones),
  cancelledAt: at,
  log: [...o.log, { kind: "cancelled", detail: null, at }],
});

export const failed = (o: ProductOrderRecord, reason: string, at: Date): ProductOrderRecord => ({
  ...o,
  state: fail(o.state),
  failureReason: reason,
  log: [...o.log, { kind: "failed", detail: reason, at }],
});
