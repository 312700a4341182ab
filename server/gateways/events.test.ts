// The portal's listener applies an event once however often it is delivered, and only its type's handler runs.
import { describe, expect, it } from "vitest";
import { createEventListener, drainOutbox, type EventInbox, type TmfEvent } from "./events";
import { memoryRepair } from "./repair/memory-repair-gateway";

type Ping = TmfEvent<"PingEvent", { n: number }>;
type Pong = TmfEvent<"PongEvent", { n: number }>;

const memoryInbox = (): EventInbox<{ log: string[] }> & { log: string[] } => {
  const seen = new Set<string>();
  const log: string[] = [];
  return { log, once: async (e, apply) => (seen.has(e.eventId) ? false : (seen.add(e.eventId), await apply({ log }), true)) };
};

describe("event listener", () => {
  it("applies a redelivered event once, by its id", async () => {
    const inbox = memoryInbox();
    const listen = createEventListener<Ping | Pong, { log: string[] }>(inbox, {
      PingEvent: async ({ log }, e) => void log.push(`ping ${e.event.n}`),
    });
    const ping: Ping = { eventId: "e1", eventType: "PingEvent", eventTime: "2026-11-23T09:00:00Z", event: { n: 1 } };
    expect(await listen(ping)).toBe(true);
    expect(await listen(ping)).toBe(false);
    expect(await listen({ ...ping, eventId: "e2", eventType: "PongEvent" })).toBe(true);
    expect(inbox.log).toEqual(["ping 1"]);
  });

  it("drains a feed in order and leaves nothing behind; a failing delivery stops the drain and is retried", async () => {
    const repair = memoryRepair();
    for (const n of [1, 2, 3]) {
      await repair.createTicket({
        customerId: "c",
        serviceId: `s${n}`,
        serviceKind: "tv",
        area: `A${n}`,
        tier: "standard",
        reporterUserId: "u",
        category: "other",
        description: `fault ${n}`,
        visitPreference: null,
        contactPhone: null,
        priority: "P3",
        outageId: null,
        at: new Date(),
      });
    }
    let fail = true;
    const got: string[] = [];
    const deliver = async (e: (typeof repair.events)[number]) => {
      if (fail && got.length === 1) throw new Error("portal down");
      got.push(e.event.troubleTicket.externalId);
    };
    await expect(drainOutbox(repair.feed, deliver)).rejects.toThrow("portal down");
    fail = false;
    await drainOutbox(repair.feed, deliver);
    // at least once: the first event of the failed batch comes again, and the listener's dedupe absorbs it
    expect(got).toEqual(["TT-000001", "TT-000001", "TT-000002", "TT-000003"]);
    expect(await drainOutbox(repair.feed, deliver)).toBe(0);
  });
});
