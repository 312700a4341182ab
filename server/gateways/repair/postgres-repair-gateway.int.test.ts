// The built-in repair system against a real PostgreSQL: the contract every implementation passes,
// and what only a database shows (numbering, row locks under concurrency).
import { describe, expect, it } from "vitest";
import { drainOutbox } from "~/server/gateways/events";
import { DomainError } from "~/server/lib/errors";
import { addTechnicianProfile, createHousehold, createStaff, createTicket, testDb } from "~/tests/kit";
import { repairContract } from "./contract";
import { createPostgresRepairFeed } from "./postgres-repair-feed";
import { createPostgresRepairGateway } from "./postgres-repair-gateway";
import type { RepairEvent } from "./repair-events";

repairContract("postgres", async () => {
  const [anna, bigcorp, tech] = [await createHousehold(), await createHousehold(), await createStaff("technician")];
  await addTechnicianProfile(tech.userId);
  const party = (h: typeof anna) => ({ customerId: h.customerId, serviceId: h.services.broadband, userId: h.userId });
  const takeEvents = async () => {
    const taken: RepairEvent[] = [];
    await drainOutbox(createPostgresRepairFeed(testDb()), async (e) => taken.push(e));
    return taken;
  };
  return {
    repair: createPostgresRepairGateway(testDb()),
    seed: { anna: party(anna), bigcorp: party(bigcorp), technicianId: tech.userId, area: "Praha" },
    takeEvents,
  };
});

const at = new Date("2026-11-23T09:45:00Z");

async function dispatchedTicket() {
  const jana = await createHousehold();
  const tech = await createStaff("technician");
  const id = await createTicket({
    customerId: jana.customerId,
    serviceId: jana.services.broadband,
    reporterUserId: jana.userId,
    state: "in_progress",
    technicianId: tech.userId,
  });
  return { jana, tech, id };
}

describe("postgres repair gateway", () => {
  it("numbers tickets TT-nnnnnn and logs created, responded, status with consecutive seq", async () => {
    const { id } = await dispatchedTicket();
    const ticket = (await createPostgresRepairGateway(testDb()).getTicket(id, { all: true }))!;
    expect(ticket.number).toMatch(/^TT-\d{6}$/);
    expect(ticket.events.map((e) => [e.seq, e.kind, e.toState])).toEqual([
      [1, "created", "acknowledged"],
      [2, "responded", null],
      [3, "status", "in_progress"],
      [4, "assigned", null],
      [5, "visit", null],
    ]);
  });

  it("refuses an illegal transition with INVALID_STATE and writes nothing", async () => {
    const { tech, id } = await dispatchedTicket();
    const repair = createPostgresRepairGateway(testDb());
    const before = (await repair.getTicket(id, { all: true }))!;
    const attempt = repair.updateTicket(id, { all: true }, { kind: "staff", userId: tech.userId }, at, () => ({
      action: "close",
      events: [{ kind: "note", text: "x" }],
    }));
    await expect(attempt).rejects.toMatchObject({ code: "INVALID_STATE" });
    expect(await repair.getTicket(id, { all: true })).toEqual(before);
  });

  it("serialises two concurrent commands on one ticket: one resolves, the other sees the new state", async () => {
    const { tech, id } = await dispatchedTicket();
    const repair = createPostgresRepairGateway(testDb());
    const resolve = () => repair.updateTicket(id, { all: true }, { kind: "staff", userId: tech.userId }, at, () => ({ action: "resolve" }));
    const outcomes = await Promise.allSettled([resolve(), resolve()]);
    expect(outcomes.filter((o) => o.status === "fulfilled")).toHaveLength(1);
    const failed = outcomes.find((o) => o.status === "rejected") as PromiseRejectedResult;
    expect(failed.reason).toBeInstanceOf(DomainError);
    const ticket = (await repair.getTicket(id, { all: true }))!;
    expect(ticket.events.map((e) => e.seq)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(ticket.resolvedAt).toEqual(at);
  });

  it("reads within a filter only: another customer's scope or another technician gets null", async () => {
    const { id } = await dispatchedTicket();
    const other = await createHousehold();
    const repair = createPostgresRepairGateway(testDb());
    expect(await repair.getTicket(id, { scope: { customerId: other.customerId, serviceIds: null } })).toBeNull();
    expect(await repair.getTicket(id, { technicianId: other.userId })).toBeNull();
    expect(
      await repair.updateTicket(id, { technicianId: other.userId }, { kind: "staff", userId: other.userId }, at, () => ({
        action: "resolve",
      })),
    ).toBeNull();
  });
});
