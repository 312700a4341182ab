// The in-memory repair system passes the same contract as the built-in one.
import { randomUUID } from "node:crypto";
import { drainOutbox } from "~/server/gateways/events";
import { repairContract } from "./contract";
import { memoryRepair } from "./memory-repair-gateway";
import type { RepairEvent } from "./repair-events";

repairContract("memory", async () => {
  const party = () => ({ customerId: randomUUID(), serviceId: randomUUID(), userId: randomUUID() });
  const technicianId = randomUUID();
  const repair = memoryRepair({ technicians: [{ id: technicianId, name: "Tomáš", skills: ["broadband"], areas: ["Praha"], load: 0 }] });
  const takeEvents = async () => {
    const taken: RepairEvent[] = [];
    await drainOutbox(repair.feed, async (e) => taken.push(e));
    return taken;
  };
  return { repair, seed: { anna: party(), bigcorp: party(), technicianId, area: "Praha" }, takeEvents };
});
