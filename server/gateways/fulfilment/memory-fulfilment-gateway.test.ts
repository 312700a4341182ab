// The in-memory fulfilment system passes the same contract as the built-in one.
import { randomUUID } from "node:crypto";
import { drainOutbox } from "~/server/gateways/events";
import { fulfilmentContract } from "./contract";
import type { FulfilmentEvent } from "./fulfilment-events";
import { memoryFulfilment } from "./memory-fulfilment-gateway";

fulfilmentContract("memory", async () => {
  const party = () => ({ customerId: randomUUID(), serviceId: randomUUID(), otherServiceId: randomUUID(), userId: randomUUID() });
  const fulfilment = memoryFulfilment();
  const takeEvents = async () => {
    const taken: FulfilmentEvent[] = [];
    await drainOutbox(fulfilment.feed, async (e) => taken.push(e));
    return taken;
  };
  return { fulfilment, anna: party(), bigcorp: party(), takeEvents };
});
