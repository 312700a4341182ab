// The behaviour every FulfilmentGateway implementation has, as one suite: the built-in PostgreSQL system
// (postgres-fulfilment-gateway.int.test.ts) and the in-memory one (memory-fulfilment-gateway.test.ts).
import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import type { FulfilmentEvent } from "./fulfilment-events";
import type { FulfilmentGateway, NewOrder } from "./fulfilment-gateway";

type Party = { customerId: string; serviceId: string; otherServiceId: string; userId: string };

export interface FulfilmentContractWorld {
  fulfilment: FulfilmentGateway;
  anna: Party;
  bigcorp: Party;
  /** Takes every event emitted so far and not yet taken, oldest first. */
  takeEvents: () => Promise<FulfilmentEvent[]>;
}

const at = new Date("2026-11-23T09:00:00Z");
const later = (seconds: number) => new Date(at.getTime() + seconds * 1000);
const key = () => ({ key: randomUUID() });
const scope = (p: Party, serviceIds: string[] | null = null) => ({ scope: { customerId: p.customerId, serviceIds } });

function planChange(p: Party, when = at): NewOrder {
  return {
    customerId: p.customerId,
    serviceId: p.serviceId,
    requestedById: p.userId,
    at: when,
    items: [
      {
        action: "modify",
        serviceId: p.serviceId,
        fromPlanId: randomUUID(),
        fromPlanName: "Mobile S",
        toPlanId: randomUUID(),
        toPlanName: "Mobile M",
        effective: "next_period",
        effectiveDate: "2026-12-01",
      },
    ],
  };
}

/** Due orders among these (a shared database holds other tests' orders too). */
const due = async (f: FulfilmentGateway, now: Date, ids: string[]) => (await f.listDue(now)).filter((o) => ids.includes(o.id));

/** Reaches every due milestone, as the fulfilment job does. */
async function advance(f: FulfilmentGateway, now: Date, ids: string[]) {
  for (const o of await due(f, now, ids)) {
    for (const m of o.milestones.filter((x) => !x.actualAt && x.expectedAt <= now)) await f.reachMilestone(o.id, m.name, now);
  }
}

export function fulfilmentContract(name: string, make: () => Promise<FulfilmentContractWorld>) {
  describe(`FulfilmentGateway: ${name}`, () => {
    it("acknowledges a new order with its planned timeline, and a repeated key returns the first order", async () => {
      const { fulfilment, anna } = await make();
      const command = key();
      const first = await fulfilment.placeOrder(planChange(anna), command);
      const again = await fulfilment.placeOrder(planChange(anna, later(1)), command);
      expect(again.id).toBe(first.id);
      expect(first).toMatchObject({ state: "acknowledged", number: expect.stringMatching(/^PO-\d{6}$/), customerId: anna.customerId });
      expect(first.items[0]).toMatchObject({ action: "modify", effective: "next_period", effectiveDate: "2026-12-01" });
      expect(first.milestones.map((m) => m.name)).toEqual(["acknowledged", "configuration", "activation", "completed"]);
      expect(first.milestones[0]!.actualAt).toEqual(at);
      expect(first.milestones.slice(1).every((m) => m.actualAt === null && m.expectedAt >= at)).toBe(true);
      expect((await fulfilment.listOrders(scope(anna), { skip: 0, take: 10 })).total).toBe(1);
    });

    it("hides another customer's order, and a sub-user's view is their lines' orders only", async () => {
      const { fulfilment, anna, bigcorp } = await make();
      const o = await fulfilment.placeOrder(planChange(anna), key());
      expect(await fulfilment.getOrder(o.id, scope(bigcorp))).toBeNull();
      expect(await fulfilment.cancelOrder(o.id, scope(bigcorp), at)).toBeNull();
      expect((await fulfilment.listOrders(scope(bigcorp), { skip: 0, take: 10 })).total).toBe(0);
      expect(await fulfilment.getOrder(o.id, scope(anna, [anna.otherServiceId]))).toBeNull();
      expect(await fulfilment.getOrder(o.id, scope(anna, [anna.serviceId]))).toMatchObject({ id: o.id, state: "acknowledged" });
    });

    it("advances through its milestones to completed, each once, with a monotonic timeline", async () => {
      const { fulfilment, anna } = await make();
      const o = await fulfilment.placeOrder(planChange(anna), key());
      expect(await due(fulfilment, at, [o.id])).toEqual([]);
      const configuration = o.milestones[1]!;
      expect((await due(fulfilment, configuration.expectedAt, [o.id])).map((x) => x.id)).toEqual([o.id]);
      const stepped = await fulfilment.reachMilestone(o.id, "configuration", configuration.expectedAt);
      expect(stepped).toMatchObject({ state: "inProgress" });
      expect(await fulfilment.reachMilestone(o.id, "configuration", configuration.expectedAt)).toBeNull();
      await advance(fulfilment, later(3600), [o.id]);
      const done = await fulfilment.getOrder(o.id, scope(anna));
      expect(done).toMatchObject({ state: "completed", completedAt: later(3600) });
      const times = done!.milestones.map((m) => m.actualAt!.getTime());
      expect(times).toEqual([...times].sort((a, b) => a - b));
      expect(done!.log.map((l) => l.kind)).toEqual(["placed", "milestone", "milestone", "milestone"]);
      expect(await due(fulfilment, later(7200), [o.id])).toEqual([]);
    });

    it("cancels an order in flight, and refuses to cancel a completed one", async () => {
      const { fulfilment, anna } = await make();
      const o = await fulfilment.placeOrder(planChange(anna), key());
      expect(await fulfilment.cancelOrder(o.id, scope(anna), later(1))).toMatchObject({ state: "cancelled", cancelledAt: later(1) });
      expect(await due(fulfilment, later(3600), [o.id])).toEqual([]);
      const p = await fulfilment.placeOrder(planChange(anna), key());
      await advance(fulfilment, later(3600), [p.id]);
      await expect(fulfilment.cancelOrder(p.id, scope(anna), later(3601))).rejects.toMatchObject({ code: "INVALID_STATE" });
      await expect(fulfilment.failOrder(p.id, "too late", later(3601))).rejects.toMatchObject({ code: "INVALID_STATE" });
    });

    it("fails an order in flight with its reason", async () => {
      const { fulfilment, anna } = await make();
      const o = await fulfilment.placeOrder(planChange(anna), key());
      expect(await fulfilment.failOrder(o.id, "plan withdrawn", later(1))).toMatchObject({
        state: "failed",
        failureReason: "plan withdrawn",
      });
    });

    it("reports the order, each milestone and each state change on its event feed", async () => {
      const { fulfilment, anna, takeEvents } = await make();
      await takeEvents();
      const o = await fulfilment.placeOrder(planChange(anna), key());
      await advance(fulfilment, later(3600), [o.id]);
      const events = (await takeEvents()).filter((e) => e.event.productOrder.id === o.id);
      expect(events.map((e) => [e.eventType, e.event.productOrder.milestone?.name ?? e.event.productOrder.state])).toEqual([
        ["ProductOrderCreateEvent", "acknowledged"],
        ["ProductOrderMilestoneEvent", "configuration"],
        ["ProductOrderStateChangeEvent", "inProgress"],
        ["ProductOrderMilestoneEvent", "activation"],
        ["ProductOrderMilestoneEvent", "completed"],
        ["ProductOrderStateChangeEvent", "completed"],
      ]);
      expect(events.every((e) => e.eventId)).toBe(true);
      expect(new Set(events.map((e) => e.eventId)).size).toBe(events.length);
      expect((await takeEvents()).filter((e) => e.event.productOrder.id === o.id)).toEqual([]);
    });
  });
}
