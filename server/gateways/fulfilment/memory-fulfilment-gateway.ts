// The fulfilment system in memory, for use cases' unit tests and the contract suite: same rules
// (order-rules.ts), same idempotency and the same event feed as the built-in one.
import { randomUUID } from "node:crypto";
import { isDue, type MilestoneTimings } from "~/server/domain/fulfilment/order-lifecycle";
import type { EventOutbox } from "~/server/gateways/events";
import { conflict } from "~/server/lib/errors";
import { changeEvents, createdEvent, type FulfilmentEvent, type NewFulfilmentEvent } from "./fulfilment-events";
import type { FulfilmentGateway, ProductOrderRecord } from "./fulfilment-gateway";
import { cancelled, defaultTimings, failed, newOrder, orderNumber, reached, sees } from "./order-rules";

export type MemoryFulfilment = FulfilmentGateway & { feed: EventOutbox<FulfilmentEvent>; orders: ProductOrderRecord[] };

export function memoryFulfilment(timings: MilestoneTimings = defaultTimings): MemoryFulfilment {
  const orders: ProductOrderRecord[] = [];
  const byKey = new Map<string, string>();
  const events: (FulfilmentEvent & { queued: boolean })[] = [];
  const emit = (es: NewFulfilmentEvent[]) => es.forEach((e) => events.push({ ...e, eventId: randomUUID(), queued: false } as never));
  const copy = (o: ProductOrderRecord) => structuredClone(o);
  const replace = (before: ProductOrderRecord, after: ProductOrderRecord, at: Date) => {
    orders[orders.indexOf(before)] = after;
    emit(changeEvents(before, after, at));
    return copy(after);
  };

  return {
    orders,
    async placeOrder(order, command) {
      const existing = orders.find((o) => o.id === byKey.get(command.key));
      if (existing) {
        if (existing.customerId !== order.customerId) throw conflict("the idempotency key belongs to another order");
        return copy(existing);
      }
      const o = newOrder(randomUUID(), orderNumber(orders.length + 1), order, timings);
      orders.push(o);
      byKey.set(command.key, o.id);
      emit([createdEvent(o, order.at)]);
      return copy(o);
    },
    async getOrder(id, filter) {
      const o = orders.find((x) => x.id === id && sees(filter, x));
      return o ? copy(o) : null;
    },
    async listOrders(filter, page) {
      const all = orders.filter((o) => sees(filter, o)).sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime());
      return { items: all.slice(page.skip, page.skip + page.take).map(copy), total: all.length };
    },
    async cancelOrder(id, filter, at) {
      const o = orders.find((x) => x.id === id && sees(filter, x));
      return o ? replace(o, cancelled(o, at), at) : null;
    },
    async listDue(at, limit = 100) {
      return orders
        .filter((o) => isDue(o.state, o.milestones, at))
        .sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime())
        .slice(0, limit)
        .map(copy);
    },
    async reachMilestone(id, expected, at) {
      const o = orders.find((x) => x.id === id);
      const after = o && reached(o, expected, at);
      return o && after ? replace(o, after, at) : null;
    },
    async failOrder(id, reason, at) {
      const o = orders.find((x) => x.id === id);
      return o ? replace(o, failed(o, reason, at), at) : null;
    },
    feed: {
      async relay(send, limit = 50) {
        const batch = events.filter((e) => !e.queued).slice(0, limit);
        if (batch.length === 0) return 0;
        const sent = new Set(await send(batch.map(({ queued: _q, ...e }) => e as FulfilmentEvent)));
        for (const e of batch) if (sent.has(e.eventId)) e.queued = true;
        return sent.size;
      },
    },
  };
}
