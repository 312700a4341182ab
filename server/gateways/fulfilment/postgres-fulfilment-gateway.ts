// The built-in fulfilment system on PostgreSQL: its own tables (prisma/schema/fulfilment.prisma),
// commands under a row lock with their events written in the same transaction.
import type { Db, Tx } from "~/server/db/client";
import type { Prisma } from "~/server/db/generated/client";
import type { MilestoneTimings, MilestoneName, OrderState } from "~/server/domain/fulfilment/order-lifecycle";
import type { EventOutbox } from "~/server/gateways/events";
import { conflict } from "~/server/lib/errors";
import { changeEvents, createdEvent, type FulfilmentEvent, type NewFulfilmentEvent } from "./fulfilment-events";
import type { FulfilmentGateway, OrderFilter, PlanChangeItem, ProductOrderRecord } from "./fulfilment-gateway";
import { cancelled, defaultTimings, failed, newOrder, orderNumber, reached } from "./order-rules";

const include = {
  items: true,
  milestones: { orderBy: { seq: "asc" } },
  events: { orderBy: { id: "asc" } },
} as const satisfies Prisma.ProductOrderInclude;
type Row = Prisma.ProductOrderGetPayload<{ include: typeof include }>;

const day = (d: Date) => d.toISOString().slice(0, 10);

function toRecord(r: Row): ProductOrderRecord {
  return {
    id: r.id,
    number: r.number,
    customerId: r.customerId,
    serviceId: r.serviceId,
    requestedById: r.requestedById,
    state: r.state,
    failureReason: r.failureReason,
    createdAt: r.createdAt,
    completedAt: r.completedAt,
    cancelledAt: r.cancelledAt,
    items: r.items.map((i) => ({
      action: "modify",
      serviceId: i.serviceId,
      fromPlanId: i.fromPlanId,
      fromPlanName: i.fromPlanName,
      toPlanId: i.toPlanId,
      toPlanName: i.toPlanName,
      effective: i.effective as PlanChangeItem["effective"],
      effectiveDate: day(i.effectiveDate),
    })),
    milestones: r.milestones.map((m) => ({ name: m.name as MilestoneName, expectedAt: m.expectedAt, actualAt: m.actualAt })),
    log: r.events.map((e) => ({ kind: e.kind as ProductOrderRecord["log"][number]["kind"], detail: e.detail, at: e.at })),
  };
}

function whereOf(filter: OrderFilter): Prisma.ProductOrderWhereInput {
  if ("all" in filter) return {};
  const { customerId, serviceIds } = filter.scope;
  return serviceIds === null ? { customerId } : { customerId, serviceId: { in: serviceIds } };
}

async function emit(tx: Tx, events: NewFulfilmentEvent[]) {
  if (events.length === 0) return;
  await tx.fulfilmentEvent.createMany({
    data: events.map((e) => ({ eventType: e.eventType, eventTime: new Date(e.eventTime), payload: e as unknown as Prisma.InputJsonValue })),
  });
}

/** Writes what a command changed (state, times, reached milestones, new log entries) and its events. */
async function save(tx: Tx, before: ProductOrderRecord, after: ProductOrderRecord, at: Date) {
  await tx.productOrder.update({
    where: { id: after.id },
    data: { state: after.state, failureReason: after.failureReason, completedAt: after.completedAt, cancelledAt: after.cancelledAt },
  });
  for (const [seq, m] of after.milestones.entries()) {
    if (m.actualAt && !before.milestones[seq]?.actualAt) {
      await tx.orderMilestone.update({ where: { orderId_seq: { orderId: after.id, seq } }, data: { actualAt: m.actualAt } });
    }
  }
  await tx.orderLogEntry.createMany({ data: after.log.slice(before.log.length).map((l) => ({ orderId: after.id, ...l })) });
  await emit(tx, changeEvents(before, after, at));
}

export function createPostgresFulfilmentGateway(db: Db, timings: MilestoneTimings = defaultTimings): FulfilmentGateway {
  const load = async (tx: Tx | Db, where: Prisma.ProductOrderWhereInput) => {
    const row = await tx.productOrder.findFirst({ where, include });
    return row ? toRecord(row) : null;
  };
  /** Runs `change` on the order under a row lock; null when it is absent or outside the filter, or `change` declines. */
  const command = (
    id: string,
    where: Prisma.ProductOrderWhereInput,
    at: Date,
    change: (o: ProductOrderRecord) => ProductOrderRecord | null,
  ) =>
    db.$transaction(async (tx) => {
      await tx.$executeRaw`SELECT 1 FROM "ProductOrder" WHERE id = ${id}::uuid FOR UPDATE`;
      const before = await load(tx, { ...where, id });
      const after = before && change(before);
      if (!before || !after) return null;
      await save(tx, before, after, at);
      return after;
    });

  return {
    async placeOrder(order, { key }) {
      return db.$transaction(async (tx) => {
        // Two clicks at once: the second waits for the first and then finds its order.
        await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${key}::text))`;
        const existing = await load(tx, { idempotencyKey: key });
        if (existing) {
          if (existing.customerId !== order.customerId) throw conflict("the idempotency key belongs to another order");
          return existing;
        }
        const [seq] = await tx.$queryRaw<{ n: bigint }[]>`SELECT nextval('"ProductOrder_number_seq"') AS n`;
        const draft = newOrder("", orderNumber(Number(seq!.n)), order, timings);
        const row = await tx.productOrder.create({
          data: {
            number: draft.number,
            customerId: draft.customerId,
            serviceId: draft.serviceId,
            requestedById: draft.requestedById,
            idempotencyKey: key,
            createdAt: order.at,
            items: { create: draft.items.map((i) => ({ ...i, effectiveDate: new Date(`${i.effectiveDate}T00:00:00Z`) })) },
            milestones: { create: draft.milestones.map((m, seq) => ({ seq, ...m })) },
            events: { create: draft.log },
          },
          include,
        });
        const created = toRecord(row);
        await emit(tx, [createdEvent(created, order.at)]);
        return created;
      });
    },
    getOrder: (id, filter) => load(db, { ...whereOf(filter), id }),
    async listOrders(filter, page) {
      const where = whereOf(filter);
      const [rows, total] = await Promise.all([
        db.productOrder.findMany({
          where,
          include,
          orderBy: [{ createdAt: "desc" }, { number: "desc" }],
          skip: page.skip,
          take: page.take,
        }),
        db.productOrder.count({ where }),
      ]);
      return { items: rows.map(toRecord), total };
    },
    cancelOrder: (id, filter, at) => command(id, whereOf(filter), at, (o) => cancelled(o, at)),
    async listDue(at, limit = 100) {
      const inFlight: OrderState[] = ["acknowledged", "inProgress"];
      const rows = await db.productOrder.findMany({
        where: { state: { in: inFlight }, milestones: { some: { actualAt: null, expectedAt: { lte: at } } } },
        include,
        orderBy: { createdAt: "asc" },
        take: limit,
      });
      return rows.map(toRecord);
    },
    reachMilestone: (id, expected, at) => command(id, {}, at, (o) => reached(o, expected, at)),
    failOrder: (id, reason, at) => command(id, {}, at, (o) => failed(o, reason, at)),
  };
}

export function createPostgresFulfilmentFeed(db: Db): EventOutbox<FulfilmentEvent> {
  return {
    async relay(send, limit = 50) {
      return db.$transaction(async (tx) => {
        const rows = await tx.$queryRaw<{ eventId: string; payload: NewFulfilmentEvent }[]>`
          SELECT "eventId"::text AS "eventId", payload FROM "FulfilmentEvent"
          WHERE "queuedAt" IS NULL ORDER BY id LIMIT ${limit}
          FOR UPDATE SKIP LOCKED`;
        if (rows.length === 0) return 0;
        const sent = await send(rows.map((r) => ({ ...r.payload, eventId: r.eventId }) as FulfilmentEvent));
        if (sent.length) await tx.fulfilmentEvent.updateMany({ where: { eventId: { in: sent } }, data: { queuedAt: new Date() } });
        return sent.length;
      });
    },
  };
}
