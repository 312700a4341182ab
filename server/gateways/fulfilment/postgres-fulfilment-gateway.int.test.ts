// The built-in fulfilment system against a real PostgreSQL: the contract every implementation passes,
// and what only a database shows (two placements with one key at once make one order).
import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { drainOutbox } from "~/server/gateways/events";
import { createHousehold, testDb } from "~/tests/kit";
import { fulfilmentContract } from "./contract";
import type { FulfilmentEvent } from "./fulfilment-events";
import { createPostgresFulfilmentFeed, createPostgresFulfilmentGateway } from "./postgres-fulfilment-gateway";

const party = (h: Awaited<ReturnType<typeof createHousehold>>) => ({
  customerId: h.customerId,
  serviceId: h.services.mobile,
  otherServiceId: h.services.broadband,
  userId: h.userId,
});

fulfilmentContract("postgres", async () => {
  const takeEvents = async () => {
    const taken: FulfilmentEvent[] = [];
    await drainOutbox(createPostgresFulfilmentFeed(testDb()), async (e) => taken.push(e));
    return taken;
  };
  return {
    fulfilment: createPostgresFulfilmentGateway(testDb()),
    anna: party(await createHousehold()),
    bigcorp: party(await createHousehold()),
    takeEvents,
  };
});

describe("the built-in fulfilment system", () => {
  it("makes one order of two placements with the same key at the same time", async () => {
    const anna = party(await createHousehold());
    const fulfilment = createPostgresFulfilmentGateway(testDb());
    const order = {
      customerId: anna.customerId,
      serviceId: anna.serviceId,
      requestedById: anna.userId,
      at: new Date("2026-11-23T09:00:00Z"),
      items: [
        {
          action: "modify" as const,
          serviceId: anna.serviceId,
          fromPlanId: null,
          fromPlanName: null,
          toPlanId: randomUUID(),
          toPlanName: "Mobile M",
          effective: "now" as const,
          effectiveDate: "2026-11-23",
        },
      ],
    };
    const key = { key: randomUUID() };
    const [a, b] = await Promise.all([fulfilment.placeOrder(order, key), fulfilment.placeOrder(order, key)]);
    expect(a.id).toBe(b.id);
    expect(await testDb().productOrder.count({ where: { customerId: anna.customerId } })).toBe(1);
  });
});
