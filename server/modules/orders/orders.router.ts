import { createRouter, customerProcedure } from "~/server/api/trpc";
import { PageOf } from "~/server/lib/pagination";
import { orderDeps } from "./order-deps";
import {
  ComparePlansInput,
  ListOrdersInput,
  OrderInput,
  OrderView,
  PlacePlanChangeInput,
  PlanChangePreviewView,
  PlanComparisonView,
  PreviewPlanChangeInput,
} from "./orders.schemas";
import * as orders from "./orders.service";

export const ordersRouter = createRouter({
  /** The plans of the service's kind, each priced on the customer's own recent usage. */
  compare: customerProcedure
    .input(ComparePlansInput)
    .output(PlanComparisonView)
    .query(({ ctx, input }) => orders.comparePlans(orderDeps(ctx.deps), ctx.actor, input)),
  preview: customerProcedure
    .input(PreviewPlanChangeInput)
    .output(PlanChangePreviewView)
    .query(({ ctx, input }) => orders.previewPlanChange(orderDeps(ctx.deps), ctx.actor, input)),
  place: customerProcedure
    .input(PlacePlanChangeInput)
    .output(OrderView)
    .mutation(({ ctx, input }) => orders.placePlanChange(orderDeps(ctx.deps), ctx.actor, input)),
  list: customerProcedure
    .input(ListOrdersInput)
    .output(PageOf(OrderView))
    .query(({ ctx, input }) => orders.listOrders(orderDeps(ctx.deps), ctx.actor, input)),
  get: customerProcedure
    .input(OrderInput)
    .output(OrderView)
    .query(({ ctx, input }) => orders.getOrder(orderDeps(ctx.deps), ctx.actor, input)),
  cancel: customerProcedure
    .input(OrderInput)
    .output(OrderView)
    .mutation(({ ctx, input }) => orders.cancelOrder(orderDeps(ctx.deps), ctx.actor, input)),
});
