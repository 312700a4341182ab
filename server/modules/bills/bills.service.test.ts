// Bills use cases on the in-memory billing system: scope, NOT_FOUND for another's bill, subtotals,
// the explanation against the previous bill and the cost-centre split (a fake of the portal's cost centres).
import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import type { CustomerActor } from "~/server/auth/principal";
import { account, bill, service } from "~/server/gateways/billing/__fixtures__/memory-world.fixture";
import { memoryBilling } from "~/server/gateways/billing/memory-billing-gateway";
import type { CostCentres } from "./bills.repository";
import { getBill, listBills } from "./bills.service";
import { explainBillChange } from "./use-cases/explain-bill";
import { costCentreSplit } from "./use-cases/split-by-cost-centre";

const actor = (customerId: string, extra: Partial<CustomerActor> = {}): CustomerActor => ({
  kind: "customer",
  userId: randomUUID(),
  locale: "en",
  customerId,
  customerKind: "enterprise",
  role: "owner",
  serviceIds: null,
  ...extra,
});

function world() {
  const [acmeId, otherId] = [randomUUID(), randomUUID()];
  const [sales, ops] = [randomUUID(), randomUUID()];
  const hq = account(acmeId, "Acme HQ");
  const [ceo, van] = [
    service(hq, "+420700000001", "mobile", { costCentreId: sales }),
    service(hq, "+420700000002", "mobile", { costCentreId: ops }),
  ];
  const theirs = account(otherId);
  const september = bill(hq, "2026-09", [
    { service: ceo, amountMinor: 49_900 },
    { service: van, amountMinor: 29_900 },
  ]);
  const october = bill(hq, "2026-10", [
    { service: ceo, amountMinor: 49_900 },
    { service: van, amountMinor: 39_901 },
    { service: null, amountMinor: -1_000, kind: "discount" },
  ]);
  const foreign = bill(theirs, "2026-10", [{ service: service(theirs, "+420700000003"), amountMinor: 10_000 }]);
  const names = [
    { id: sales, customerId: acmeId, code: "S", name: "Sales" },
    { id: ops, customerId: acmeId, code: "O", name: "Operations" },
  ];
  const costCentres: CostCentres = {
    byIds: async (customerId, ids) => names.filter((c) => c.customerId === customerId && ids.includes(c.id)),
  };
  const billing = memoryBilling({ accounts: [hq, theirs], services: [ceo, van], bills: [september, october, foreign] });
  return { deps: { billing, costCentres }, acme: actor(acmeId), ceo, september, october, foreign };
}

describe("bills use cases on the in-memory billing system", () => {
  it("lists the customer's bills newest first and answers NOT_FOUND for another customer's bill or account", async () => {
    const w = world();
    expect((await listBills(w.deps, w.acme, { page: 1, pageSize: 10 })).items.map((b) => b.id)).toEqual([w.october.id, w.september.id]);
    await expect(getBill(w.deps, w.acme, { billId: w.foreign.id })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(listBills(w.deps, w.acme, { page: 1, pageSize: 10, billingAccountId: w.foreign.billingAccountId })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
  });

  it("gives a bill its net per service, account-level lines last, adding up to the bill's net", async () => {
    const w = world();
    const b = await getBill(w.deps, w.acme, { billId: w.october.id });
    expect(b.subtotals.at(-1)).toEqual({ serviceId: null, net: { amountMinor: -1_000, currency: "EUR" } });
    expect(b.subtotals.reduce((s, x) => s + x.net.amountMinor, 0)).toBe(b.taxExcludedAmount.amountMinor);
  });

  it("explains the difference to the previous bill of the account", async () => {
    const w = world();
    const e = await explainBillChange(w.deps, w.acme, { billId: w.october.id });
    expect(e.previous).toMatchObject({ id: w.september.id, period: "2026-09" });
    expect(e.difference!.amountMinor).toBe(
      w.october.lines.reduce((s, l) => s + l.amount.amountMinor, 0) - w.september.lines.reduce((s, l) => s + l.amount.amountMinor, 0),
    );
    expect((await explainBillChange(w.deps, w.acme, { billId: w.september.id })).previous).toBeNull();
  });

  it("splits a bill by cost centre so the rows add up to the bill's total to the cent", async () => {
    const w = world();
    const split = await costCentreSplit(w.deps, w.acme, { billId: w.october.id });
    expect(split.rows.map((r) => r.costCentre?.name ?? null)).toEqual(["Operations", "Sales", null]);
    const total = w.october.lines.reduce((s, l) => s + l.amount.amountMinor, 0);
    expect(split.total.total.amountMinor).toBe(total);
    expect(split.rows.reduce((s, r) => s + r.total.amountMinor, 0)).toBe(total);
    await expect(costCentreSplit(w.deps, w.acme, { billId: w.foreign.id })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});
