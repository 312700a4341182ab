// Usage use cases on the in-memory billing system, with a fake of the portal's services: meters of the
// current period from its preview, totals and forecast only for the whole account, records and history in scope.
import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import type { CustomerActor } from "~/server/auth/principal";
import type { Scope } from "~/server/auth/scope";
import { account, bill, service } from "~/server/gateways/billing/__fixtures__/memory-world.fixture";
import type { BillPreview, RatedUsageView } from "~/server/gateways/billing/billing-gateway";
import { memoryBilling } from "~/server/gateways/billing/memory-billing-gateway";
import { fixedClock } from "~/server/lib/clock";
import type { ServiceRef, UsageServices } from "./usage.repository";
import { listRecords, usageHistory, usageSummary } from "./usage.service";

const eur = (amountMinor: number) => ({ amountMinor, currency: "EUR" });
const actor = (customerId: string, extra: Partial<CustomerActor> = {}): CustomerActor => ({
  kind: "customer",
  userId: randomUUID(),
  locale: "en",
  customerId,
  customerKind: "individual",
  role: "owner",
  serviceIds: null,
  ...extra,
});

function world() {
  const annaId = randomUUID();
  const home = account(annaId);
  const [phone, tablet] = [service(home, "+420700000001"), service(home, "+420700000002")];
  const other = service(account(randomUUID()), "+420700000009");
  const rated = (s: typeof phone, included: number, charged: number): RatedUsageView => ({
    serviceId: s.id,
    kind: "data",
    zone: "national",
    segmentStart: "2026-11-01",
    cdrCount: 3,
    allowance: 1000,
    quantity: included + charged,
    includedQuantity: included,
    chargedQuantity: charged,
    amount: eur(charged * 10),
  });
  const lineOf = (s: typeof phone, kind: "recurring" | "usage", amountMinor: number) => ({
    kind,
    service: { id: s.id, kind: s.kind, identifier: s.identifier, label: s.label },
    costCentreId: null,
    usageKind: null,
    zone: null,
    description: kind,
    quantity: null,
    startDate: "2026-11-01",
    endDate: null,
    amount: eur(amountMinor),
  });
  const preview: BillPreview = {
    billingAccountId: home.id,
    period: "2026-11",
    billingPeriod: { startDate: "2026-11-01", endDate: "2026-11-30" },
    lines: [lineOf(phone, "recurring", 30_000), lineOf(phone, "usage", 500), lineOf(tablet, "recurring", 20_000)],
    usage: [rated(phone, 1000, 50), rated(tablet, 250, 0)],
    taxExcludedAmount: eur(50_500),
    taxIncludedAmount: eur(61_105),
    partial: false,
  };
  const october = bill(home, "2026-10", [
    { service: phone, amountMinor: 30_000 },
    { service: tablet, amountMinor: 20_000 },
  ]);
  const usage = [phone, tablet, other].map((s, i) => ({
    id: String(i + 1),
    serviceId: s.id,
    kind: "voice" as const,
    zone: "national" as const,
    startedAt: new Date(Date.UTC(2026, 10, 10 + i)),
    quantity: 60,
    destination: null,
  }));
  const refs: ServiceRef[] = [phone, tablet, other].map((s) => ({
    id: s.id,
    kind: "mobile",
    identifier: s.identifier,
    label: s.label,
    billingAccountId: s.billingAccountId,
  }));
  const customerOf = new Map([
    [phone.id, annaId],
    [tablet.id, annaId],
    [other.id, other.customerId],
  ]);
  const services: UsageServices = {
    inScope: async (scope: Scope, f = {}) =>
      refs.filter(
        (s) =>
          customerOf.get(s.id) === scope.customerId &&
          (scope.serviceIds?.includes(s.id) ?? true) &&
          (!f.billingAccountId || s.billingAccountId === f.billingAccountId) &&
          (!f.ids || f.ids.includes(s.id)),
      ),
  };
  const billing = memoryBilling({ accounts: [home], services: [phone, tablet, other], bills: [october], previews: [preview], usage });
  return { deps: { billing, services, clock: fixedClock("2026-11-23T10:00:00Z") }, annaId, phone, tablet, other };
}

describe("usage use cases on the in-memory billing system", () => {
  it("meters the current period per service, with totals and a forecast for the account holder", async () => {
    const w = world();
    const view = await usageSummary(w.deps, actor(w.annaId), {});
    expect(view).toMatchObject({ period: "2026-11", billed: false, totals: { taxIncludedAmount: eur(61_105) } });
    const phone = view.services.find((s) => s.id === w.phone.id)!;
    expect(phone.meters).toEqual([expect.objectContaining({ kind: "data", allowance: 1000, used: 1000, percent: 100, charged: 50 })]);
    expect(phone.unbilledCharges).toEqual(eur(500));
    expect(view.forecast).not.toBeNull();
  });

  it("shows a sub-user their own line's meters but never the account's totals", async () => {
    const w = world();
    const view = await usageSummary(w.deps, actor(w.annaId, { role: "member", serviceIds: [w.tablet.id] }), {});
    expect(view.services.map((s) => s.id)).toEqual([w.tablet.id]);
    expect(view).toMatchObject({ totals: null, forecast: null });
    await expect(usageSummary(w.deps, actor(w.annaId), { period: "2026-12" })).rejects.toMatchObject({ code: "VALIDATION" });
  });

  it("lists records of the scope's services only; another customer's service is NOT_FOUND", async () => {
    const w = world();
    const page = await listRecords(w.deps, actor(w.annaId), { page: 1, pageSize: 10 });
    expect(page.items.map((r) => r.service.id)).toEqual([w.tablet.id, w.phone.id]);
    await expect(listRecords(w.deps, actor(w.annaId), { page: 1, pageSize: 10, serviceId: w.other.id })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
  });

  it("charts billed months, the whole bill for the holder and only own lines without VAT for a sub-user", async () => {
    const w = world();
    expect((await usageHistory(w.deps, actor(w.annaId), { months: 12 })).months).toEqual([
      expect.objectContaining({ period: "2026-10", partial: false, total: 60_500 }),
    ]);
    const mine = await usageHistory(w.deps, actor(w.annaId, { role: "member", serviceIds: [w.tablet.id] }), { months: 12 });
    expect(mine.months).toEqual([expect.objectContaining({ partial: true, total: 20_000 })]);
  });
});
