import { beforeAll, describe, expect, it } from "vitest";
import { buildWorld, callerAs, rejectionCode, type World } from "~/tests/kit";

let w: World;
beforeAll(async () => {
  w = await buildWorld();
});

const ids = (items: { id: string }[]) => items.map((s) => s.id).sort();

describe("services.list / services.get / dashboard.get", () => {
  it("household subscriber sees exactly its 4 services, one of every kind, on one billing account", async () => {
    const caller = await callerAs(w.subscriber);
    const page = await caller.services.list({});
    expect(ids(page.items)).toEqual(Object.values(w.subscriber.services).sort());
    expect(page.items.map((s) => s.kind)).toEqual(["mobile", "fixed_voice", "broadband", "tv"]);
    expect(new Set(page.items.map((s) => s.billingAccount.id))).toEqual(new Set([w.subscriber.billingAccountId]));
    expect(page).toMatchObject({ page: 1, pageSize: 20, total: 4, pageCount: 1 });

    const tv = await caller.services.get({ id: w.subscriber.services.tv });
    expect(tv).toMatchObject({ id: w.subscriber.services.tv, kind: "tv", label: "Living room TV", status: "active", costCentre: null });
    expect(tv.plan).toMatchObject({ monthlyFeeMinor: 1990, currency: "EUR" });

    const dashboard = await caller.dashboard.get();
    expect(dashboard.totals).toEqual([
      { kind: "mobile", count: 1 },
      { kind: "fixed_voice", count: 1 },
      { kind: "broadband", count: 1 },
      { kind: "tv", count: 1 },
    ]);
    expect(dashboard).toMatchObject({ total: 4, attention: 0, hasMore: false, enterpriseAdmin: false });
    expect(ids(dashboard.services)).toEqual(Object.values(w.subscriber.services).sort());
  });

  it("subscriber filters its services by kind", async () => {
    const page = await (await callerAs(w.subscriber)).services.list({ kind: "broadband" });
    expect(ids(page.items)).toEqual([w.subscriber.services.broadband]);
  });

  it("sub-user sees only the granted line in the list", async () => {
    const page = await (await callerAs(w.subUser)).services.list({});
    expect(ids(page.items)).toEqual([w.subUser.grantedServiceId]);
    expect(page.total).toBe(1);
  });

  it("sub-user gets the granted line", async () => {
    const line = await (await callerAs(w.subUser)).services.get({ id: w.subUser.grantedServiceId });
    expect(line).toMatchObject({ id: w.subUser.grantedServiceId, label: "Field tech 1", assignedTo: w.subUser.name });
  });

  it("sub-user asking for another line of its own company gets NOT_FOUND", async () => {
    const caller = await callerAs(w.subUser);
    for (const id of w.acme.lineIds.filter((id) => id !== w.subUser.grantedServiceId)) {
      expect(await rejectionCode(caller.services.get({ id }))).toBe("NOT_FOUND");
    }
  });

  it("sub-user's dashboard counts only the granted line", async () => {
    const dashboard = await (await callerAs(w.subUser)).dashboard.get();
    expect(dashboard.total).toBe(1);
    expect(dashboard.totals).toContainEqual({ kind: "mobile", count: 1 });
    expect(dashboard.totals.reduce((n, t) => n + t.count, 0)).toBe(1);
    expect(ids(dashboard.services)).toEqual([w.subUser.grantedServiceId]);
    expect(dashboard.enterpriseAdmin).toBe(false);
  });

  it("enterprise admin sees every line of the company, with cost centres and holders", async () => {
    const caller = await callerAs(w.entAdmin);
    const page = await caller.services.list({});
    expect(ids(page.items)).toEqual([...w.acme.lineIds].sort());
    const ceo = page.items.find((s) => s.id === w.acme.lines.ceoPhone);
    expect(ceo).toMatchObject({ label: "CEO phone", assignedTo: w.entAdmin.name, costCentre: { name: expect.stringMatching(/^Sales /) } });

    const dashboard = await caller.dashboard.get();
    expect(dashboard).toMatchObject({ total: 7, attention: 2, enterpriseAdmin: true });
    expect(dashboard.totals).toEqual([
      { kind: "mobile", count: 5 },
      { kind: "fixed_voice", count: 1 },
      { kind: "broadband", count: 1 },
      { kind: "tv", count: 0 },
    ]);
  });

  it("enterprise admin searches lines by label, number, holder and cost centre, case-insensitively", async () => {
    const caller = await callerAs(w.entAdmin);
    const search = async (q: string) => ids((await caller.services.list({ q })).items);
    expect(await search("field tech")).toEqual([w.acme.lines.fieldPhone1, w.acme.lines.fieldPhone2].sort());
    expect(await search("  RECEPTION ")).toEqual([w.acme.lines.reception]);
    expect(await search(w.subUser.name.toUpperCase())).toEqual([w.acme.lines.fieldPhone1]);
    expect(await search("headquarters")).toEqual([w.acme.lines.reception, w.acme.lines.switchboard, w.acme.lines.fibre].sort());

    const ceo = await caller.services.get({ id: w.acme.lines.ceoPhone });
    expect(await search(ceo.identifier.slice(-6))).toEqual([w.acme.lines.ceoPhone]);
    expect(await search("no such line anywhere")).toEqual([]);
  });

  it("enterprise admin's search never reaches another customer's services", async () => {
    const page = await (await callerAs(w.entAdmin)).services.list({ q: "Living room TV" });
    expect(page.items).toEqual([]);
  });

  it("enterprise admin pages through lines without gaps or repeats", async () => {
    const caller = await callerAs(w.entAdmin);
    const first = await caller.services.list({ page: 1, pageSize: 3 });
    expect(first).toMatchObject({ page: 1, pageSize: 3, total: 7, pageCount: 3 });
    const pages = [first, await caller.services.list({ page: 2, pageSize: 3 }), await caller.services.list({ page: 3, pageSize: 3 })];
    expect(pages.map((p) => p.items.length)).toEqual([3, 3, 1]);
    const seen = pages.flatMap((p) => p.items.map((s) => s.id));
    expect(new Set(seen).size).toBe(7);
    expect([...seen].sort()).toEqual([...w.acme.lineIds].sort());
    expect((await caller.services.list({ page: 4, pageSize: 3 })).items).toEqual([]);
  });

  it("enterprise admin filters lines by status", async () => {
    const page = await (await callerAs(w.entAdmin)).services.list({ status: "suspended" });
    expect(ids(page.items)).toEqual([w.acme.lines.fibre]);
  });

  it("the user of two customers sees the services of the customer it acts for", async () => {
    const home = await (await callerAs(w.dual)).services.list({});
    expect(ids(home.items)).toEqual([...w.dual.home.serviceIds].sort());
    const company = await (await callerAs(w.dual, { customerId: w.dual.company.customerId })).services.list({});
    expect(ids(company.items)).toEqual([...w.dual.company.serviceIds].sort());
    expect(
      await rejectionCode(
        (await callerAs(w.dual, { customerId: w.dual.company.customerId })).services.get({ id: w.dual.home.serviceIds[0]! }),
      ),
    ).toBe("NOT_FOUND");
  });

  it.each(["dispatcher", "technician", "billingAgent"] as const)("staff %s calling customer procedures is FORBIDDEN", async (who) => {
    const caller = await callerAs(w[who]);
    expect(await rejectionCode(caller.services.list({}))).toBe("FORBIDDEN");
    expect(await rejectionCode(caller.services.get({ id: w.subscriber.services.mobile }))).toBe("FORBIDDEN");
    expect(await rejectionCode(caller.dashboard.get())).toBe("FORBIDDEN");
  });

  it("anonymous caller is UNAUTHORIZED", async () => {
    const caller = await callerAs(null);
    expect(await rejectionCode(caller.services.list({}))).toBe("UNAUTHORIZED");
    expect(await rejectionCode(caller.services.get({ id: w.subscriber.services.mobile }))).toBe("UNAUTHORIZED");
    expect(await rejectionCode(caller.dashboard.get())).toBe("UNAUTHORIZED");
  });

  it("a service id that is not a UUID is a validation error, not a lookup", async () => {
    expect(await rejectionCode((await callerAs(w.subscriber)).services.get({ id: "1 OR 1=1" }))).toBe("BAD_REQUEST");
  });
});
