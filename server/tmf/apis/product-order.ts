// TMF622 Product Ordering v4 over the fulfilment system: list, get, and POST of a plan change
// (one "modify" item: the service as product, the new plan as productOffering), acknowledged at once.
import { randomUUID } from "node:crypto";
import type { OrderFilter, ProductOrderRecord } from "~/server/gateways/fulfilment/fulfilment-gateway";
import { notFound } from "~/server/lib/errors";
import { orderDeps } from "~/server/modules/orders/order-deps";
import { placePlanChange } from "~/server/modules/orders/orders.service";
import { PlacePlanChangeInput } from "~/server/modules/orders/orders.schemas";
import { ticketFacts } from "~/server/modules/tickets/tickets.repository";
import { customerOf } from "../clients/api-clients.repository";
import { actorFor, callerScope } from "../clients/caller-scope";
import type { TmfResource } from "../kit/query";
import { loadSpec } from "../kit/spec-source";
import { identityOf, type JsonObject, type TmfApi, type TmfContext } from "../kit/tmf-api";
import { badRequest } from "../kit/tmf-error";
import { isoInstant, isoOrUndefined } from "../kit/values";
import { partyRef } from "./billing-scopes";

const ORDERS = "productOrder";
const ALL = { skip: 0, take: 100_000 };

const filterOf = (ctx: TmfContext): OrderFilter => {
  const scope = callerScope(ctx.caller);
  return scope ? { scope } : { all: true };
};

function productOrderOf(ctx: TmfContext, o: ProductOrderRecord): TmfResource {
  const item = o.items[0]!;
  return {
    ...identityOf(ctx, ORDERS, "ProductOrder", o.id),
    externalId: o.number,
    category: "planChange",
    state: o.state,
    orderDate: o.createdAt.toISOString(),
    completionDate: isoOrUndefined(o.completedAt),
    cancellationDate: isoOrUndefined(o.cancelledAt),
    expectedCompletionDate: isoOrUndefined(o.milestones.at(-1)?.expectedAt),
    requestedStartDate: isoInstant(item.effectiveDate),
    ...(o.failureReason ? { note: [{ text: o.failureReason, "@type": "Note" }] } : {}),
    productOrderItem: [
      {
        id: "1",
        action: item.action,
        quantity: 1,
        state: o.state,
        product: { id: item.serviceId, "@referredType": "Service", "@type": "ProductRef" },
        productOffering: { id: item.toPlanId, name: item.toPlanName, "@referredType": "ProductOffering", "@type": "ProductOfferingRef" },
        "@type": "ProductOrderItem",
      },
    ],
    relatedParty: [partyRef(o.customerId)],
  };
}

type Item = { action?: unknown; product?: { id?: unknown }; productOffering?: { id?: unknown } };

function planChangeOf(ctx: TmfContext, body: JsonObject) {
  const items = body.productOrderItem as Item[];
  if (items.length !== 1 || items[0]!.action !== "modify")
    throw badRequest("one productOrderItem with action modify (a plan change) is offered");
  const { product, productOffering } = items[0]!;
  if (typeof product?.id !== "string") throw badRequest("productOrderItem.product.id must name the service");
  if (typeof productOffering?.id !== "string") throw badRequest("productOrderItem.productOffering.id must name the new plan");
  const start = typeof body.requestedStartDate === "string" ? body.requestedStartDate.slice(0, 10) : null;
  const timing = start && start > ctx.now.toISOString().slice(0, 10) ? "next_period" : "now";
  const idempotencyKey = ctx.idempotencyKey ? `tmf:${ctx.caller.clientId}:${ctx.idempotencyKey}` : randomUUID();
  const input = PlacePlanChangeInput.safeParse({ serviceId: product.id, planId: productOffering.id, timing, idempotencyKey });
  if (!input.success) throw badRequest(input.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; "));
  return input.data;
}

async function create(ctx: TmfContext, body: JsonObject) {
  const input = planChangeOf(ctx, body);
  let customer = ctx.caller.customer;
  if (!customer) {
    const owner = (await ticketFacts(ctx.deps.db).servicesById([input.serviceId])).get(input.serviceId);
    customer = owner ? await customerOf(ctx.deps.db, owner.customerId) : null;
    if (!customer) throw notFound("service");
  }
  const deps = orderDeps({ ...ctx.deps, clock: { now: () => ctx.now } });
  const placed = await placePlanChange(deps, actorFor(ctx.caller, customer), input);
  const order = await ctx.deps.fulfilment.getOrder(placed.id, { scope: { customerId: customer.id, serviceIds: null } });
  return productOrderOf(ctx, order!);
}

export const productOrderApi: TmfApi = {
  get spec() {
    return loadSpec("TMF622-ProductOrdering-v4.0.0.swagger.json");
  },
  collections: {
    [ORDERS]: {
      async list(ctx) {
        return (await ctx.deps.fulfilment.listOrders(filterOf(ctx), ALL)).items.map((o) => productOrderOf(ctx, o));
      },
      async get(ctx, id) {
        const o = await ctx.deps.fulfilment.getOrder(id, filterOf(ctx));
        return o && productOrderOf(ctx, o);
      },
      createSchema: "ProductOrder_Create",
      create,
    },
  },
};
