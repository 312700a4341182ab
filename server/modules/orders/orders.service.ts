// Customer orders: compare the plans of a service on its own usage, preview a change, place it as an
// order with the fulfilment system and follow it to completion (or cancel it while in flight).
import { scopeOf } from "~/server/auth/scope";
import type { CustomerActor } from "~/server/auth/principal";
import { previewPlanChange as previewOf } from "~/server/domain/billing/plan-change";
import { cancel, inFlight } from "~/server/domain/fulfilment/order-lifecycle";
import type { PlanComparison } from "~/server/gateways/billing/billing-gateway";
import type { ProductOrderRecord } from "~/server/gateways/fulfilment/fulfilment-gateway";
import { invalid, notFound } from "~/server/lib/errors";
import { skipTake, toPage } from "~/server/lib/pagination";
import type { OrderDeps } from "./order-deps";
import type {
  ComparePlansInput,
  ListOrdersInput,
  OrderInput,
  OrderView,
  PlacePlanChangeInput,
  PlanChangePreviewView,
  PlanComparisonView,
  PreviewPlanChangeInput,
} from "./orders.schemas";

async function comparison({ billing, clock }: OrderDeps, actor: CustomerActor, serviceId: string): Promise<PlanComparison> {
  const found = await billing.comparePlans(scopeOf(actor), serviceId, clock.now());
  if (!found) throw notFound("service");
  return found;
}

const offers = (c: PlanComparison): PlanComparisonView["plans"] => c.plans.map((p) => ({ ...p, current: p.id === c.currentPlanId }));

export async function comparePlans(deps: OrderDeps, actor: CustomerActor, input: ComparePlansInput): Promise<PlanComparisonView> {
  const c = await comparison(deps, actor, input.serviceId);
  return { serviceId: c.serviceId, kind: c.kind, periods: c.periods, plans: offers(c) };
}

export async function previewPlanChange(
  deps: OrderDeps,
  actor: CustomerActor,
  input: PreviewPlanChangeInput,
): Promise<PlanChangePreviewView> {
  const c = await comparison(deps, actor, input.serviceId);
  const plans = offers(c);
  const from = plans.find((p) => p.current);
  const to = plans.find((p) => p.id === input.planId);
  if (!to) throw invalid("planId", "the plan is not offered for this service");
  if (!from || from.id === to.id) throw invalid("planId", "the service is already on this plan");
  const today = deps.clock.now().toISOString().slice(0, 10);
  const preview = previewOf({
    fromFeeMinor: from.monthlyFeeMinor,
    toFeeMinor: to.monthlyFeeMinor,
    billCycleDay: c.billCycleDay,
    today,
    timing: input.timing,
  });
  return { serviceId: c.serviceId, timing: input.timing, from, to, currency: to.currency, ...preview };
}

export async function placePlanChange(deps: OrderDeps, actor: CustomerActor, input: PlacePlanChangeInput): Promise<OrderView> {
  const preview = await previewPlanChange(deps, actor, input);
  const order = await deps.fulfilment.placeOrder(
    {
      customerId: actor.customerId,
      serviceId: input.serviceId,
      requestedById: actor.userId,
      at: deps.clock.now(),
      items: [
        {
          action: "modify",
          serviceId: input.serviceId,
          fromPlanId: preview.from.id,
          fromPlanName: preview.from.name,
          toPlanId: preview.to.id,
          toPlanName: preview.to.name,
          effective: input.timing,
          effectiveDate: preview.effectiveDate,
        },
      ],
    },
    // Scoped to the customer, so one customer's key can never name another's order.
    { key: `plan-change:${actor.customerId}:${input.idempotencyKey}` },
  );
  return orderView(order);
}

export async function listOrders({ fulfilment }: OrderDeps, actor: CustomerActor, input: ListOrdersInput) {
  const { items, total } = await fulfilment.listOrders({ scope: scopeOf(actor) }, skipTake(input));
  return toPage(items.map(orderView), total, input);
}

export async function getOrder({ fulfilment }: OrderDeps, actor: CustomerActor, input: OrderInput): Promise<OrderView> {
  const order = await fulfilment.getOrder(input.orderId, { scope: scopeOf(actor) });
  if (!order) throw notFound("order");
  return orderView(order);
}

export async function cancelOrder({ fulfilment, clock }: OrderDeps, actor: CustomerActor, input: OrderInput): Promise<OrderView> {
  const order = await fulfilment.cancelOrder(input.orderId, { scope: scopeOf(actor) }, clock.now());
  if (!order) throw notFound("order");
  return orderView(order);
}

function cancellable(o: ProductOrderRecord): boolean {
  if (!inFlight(o.state)) return false;
  try {
    cancel(o.state, o.milestones);
    return true;
  } catch {
    return false;
  }
}

export function orderView(o: ProductOrderRecord): OrderView {
  const item = o.items[0]!;
  return {
    id: o.id,
    number: o.number,
    state: o.state,
    serviceId: o.serviceId,
    createdAt: o.createdAt,
    completedAt: o.completedAt,
    cancelledAt: o.cancelledAt,
    failureReason: o.failureReason,
    item: {
      action: item.action,
      fromPlan: item.fromPlanId ? { id: item.fromPlanId, name: item.fromPlanName ?? "" } : null,
      toPlan: { id: item.toPlanId, name: item.toPlanName },
      timing: item.effective,
      effectiveDate: item.effectiveDate,
    },
    milestones: o.milestones,
    cancellable: cancellable(o),
  };
}
