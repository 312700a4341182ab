// The in-memory billing system passes the same contract as the built-in one; its bill run issues what waits and announces it.
import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { drainOutbox } from "~/server/gateways/events";
import { account, bill, service } from "./__fixtures__/memory-world.fixture";
import type { BillingEvent } from "./billing-events";
import { billingContract } from "./contract";
import { memoryBilling } from "./memory-billing-gateway";

billingContract("memory", async () => {
  const [annaId, bigcorpId] = [randomUUID(), randomUUID()];
  const [home, cottage, corp] = [account(annaId), account(annaId, "Cottage"), account(bigcorpId, "HQ")];
  const [phone, fibre, corpLine] = [service(home, "+420700000001"), service(home, "BB-1", "broadband"), service(corp, "+420700000009")];
  const charges = [
    { service: phone, amountMinor: 49_900 },
    { service: fibre, amountMinor: 59_900 },
    { service: null, amountMinor: -5_000, kind: "discount" as const },
  ];
  const [newer, older, theirs] = [
    bill(home, "2026-10", charges),
    bill(home, "2026-09", charges),
    bill(corp, "2026-09", [{ service: corpLine, amountMinor: 29_900 }]),
  ];
  const billing = memoryBilling({ accounts: [home, cottage, corp], services: [phone, fibre, corpLine], bills: [older, newer, theirs] });
  return {
    billing,
    feed: billing.feed,
    seed: {
      anna: {
        scope: { customerId: annaId, serviceIds: null },
        userId: randomUUID(),
        accountId: home.id,
        secondAccountId: cottage.id,
        serviceIds: [phone.id, fibre.id],
        billIds: [newer.id, older.id],
      },
      bigcorp: { scope: { customerId: bigcorpId, serviceIds: null }, accountId: corp.id, billId: theirs.id },
      asOf: "2026-11-23",
    },
  };
});

describe("in-memory bill run", () => {
  it("issues the waiting bills once per key and announces each on its feed", async () => {
    const home = account(randomUUID());
    const draft = bill(home, "2026-11", [{ service: service(home, "+420700000001"), amountMinor: 10_000 }]);
    const billing = memoryBilling({ accounts: [home], drafts: [draft] });
    const first = await billing.runBillRun({ idempotencyKey: "cycle-2026-12-01" });
    expect(first).toEqual([expect.objectContaining({ period: "2026-11", bills: 1 })]);
    expect(await billing.runBillRun({ idempotencyKey: "cycle-2026-12-01" })).toEqual(first);
    expect(await billing.runBillRun({ idempotencyKey: "cycle-2026-12-02" })).toEqual([]);
    const events: BillingEvent[] = [];
    await drainOutbox(billing.feed, async (e) => events.push(e));
    expect(events).toEqual([
      expect.objectContaining({
        eventType: "CustomerBillCreateEvent",
        event: {
          customerBill: expect.objectContaining({
            id: draft.id,
            relatedParty: [{ id: home.customerId, role: "customer" }],
            taxIncludedAmount: { amountMinor: 12_100, currency: "EUR" },
          }),
        },
      }),
    ]);
    expect(await drainOutbox(billing.feed, async () => undefined)).toBe(0);
  });
});
