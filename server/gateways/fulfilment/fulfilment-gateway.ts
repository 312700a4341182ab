// The portal's view of the fulfilment system, shaped after TMF622 Product Ordering. The built-in
// implementation is postgres-fulfilment-gateway.ts, its twin memory-fulfilment-gateway.ts; both pass
// contract.ts. The state machine and the timeline rules live in server/domain/fulfilment.
import type { Scope } from "~/server/auth/scope";
import type { IsoDate } from "~/server/domain/billing/vocabulary";
import type { Milestone, OrderState } from "~/server/domain/fulfilment/order-lifecycle";

/** A plan change: from the current plan to another, from today ("now") or from the next billing period. */
export interface PlanChangeItem {
  action: "modify";
  serviceId: string;
  fromPlanId: string | null;
  fromPlanName: string | null;
  toPlanId: string;
  toPlanName: string;
  effective: "now" | "next_period";
  effectiveDate: IsoDate;
}

export interface OrderLogRecord {
  kind: "placed" | "milestone" | "cancelled" | "failed";
  detail: string | null;
  at: Date;
}

export interface ProductOrderRecord {
  id: string;
  /** Customer-facing number (PO-000123). */
  number: string;
  customerId: string;
  serviceId: string;
  requestedById: string;
  state: OrderState;
  failureReason: string | null;
  createdAt: Date;
  completedAt: Date | null;
  cancelledAt: Date | null;
  items: PlanChangeItem[];
  /** In timeline order. */
  milestones: Milestone[];
  log: OrderLogRecord[];
}

export type NewOrder = Pick<ProductOrderRecord, "customerId" | "serviceId" | "requestedById" | "items"> & { at: Date };

/** Which orders a read may see: a customer scope (a sub-user's only for their lines) or all (the system's own jobs). */
export type OrderFilter = { scope: Scope } | { all: true };

/** The caller's idempotency key: placing again with the same key returns the first order. */
export interface Command {
  key: string;
}

export interface FulfilmentGateway {
  /** Acknowledges a new order with its planned milestones; a repeated key returns the first order unchanged. */
  placeOrder(order: NewOrder, command: Command): Promise<ProductOrderRecord>;
  /** null when absent or outside the filter: the caller answers NOT_FOUND either way. */
  getOrder(id: string, filter: OrderFilter): Promise<ProductOrderRecord | null>;
  /** Newest first, paged. */
  listOrders(filter: OrderFilter, page: { skip: number; take: number }): Promise<{ items: ProductOrderRecord[]; total: number }>;
  /** Cancels an order in flight before activation (INVALID_STATE otherwise); null when absent or outside the filter. */
  cancelOrder(id: string, filter: OrderFilter, at: Date): Promise<ProductOrderRecord | null>;
  /** Orders in flight whose next milestone is due at `at`, oldest first. */
  listDue(at: Date, limit?: number): Promise<ProductOrderRecord[]>;
  /**
   * Reaches the order's next milestone at `at` if it is still `expected` (so two workers never reach it twice):
   * null when another run got there first. The last milestone completes the order.
   */
  reachMilestone(id: string, expected: Milestone["name"], at: Date): Promise<ProductOrderRecord | null>;
  /** Fails an order in flight with a reason (INVALID_STATE otherwise); null when absent. */
  failOrder(id: string, reason: string, at: Date): Promise<ProductOrderRecord | null>;
}
