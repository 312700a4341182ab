import { beforeAll, describe, expect, it } from "vitest";
import { buildWorld, callerAs, createHousehold, principalOf, rejectionCode, testDb, type World } from "~/tests/kit";

let w: World;
beforeAll(async () => {
  w = await buildWorld();
});

describe("me.get", () => {
  it("household subscriber acts for its household as owner", async () => {
    const me = await (await callerAs(w.subscriber)).me.get();
    expect(me).toMatchObject({
      kind: "customer",
      staffRole: null,
      user: { id: w.subscriber.userId, email: w.subscriber.email, name: w.subscriber.name, locale: "en" },
      customer: { id: w.subscriber.customerId, kind: "individual", role: "owner", segment: "consumer", slaTier: "standard" },
      isEnterpriseAdmin: false,
    });
    expect(me.customers).toEqual([expect.objectContaining({ id: w.subscriber.customerId, kind: "individual", role: "owner" })]);
  });

  it("enterprise admin is recognised as an enterprise admin of the company", async () => {
    const me = await (await callerAs(w.entAdmin)).me.get();
    expect(me.customer).toMatchObject({ id: w.acme.customerId, kind: "enterprise", role: "admin", segment: "business" });
    expect(me.isEnterpriseAdmin).toBe(true);
    expect(me.customers.map((c) => c.id)).toEqual([w.acme.customerId]);
  });

  it("enterprise sub-user is a plain member, not an admin", async () => {
    const me = await (await callerAs(w.subUser)).me.get();
    expect(me.customer).toMatchObject({ id: w.acme.customerId, kind: "enterprise", role: "member" });
    expect(me.isEnterpriseAdmin).toBe(false);
  });

  it("SLA client sees its premium tier and, as owner of a company, admin rights", async () => {
    const me = await (await callerAs(w.slaClient)).me.get();
    expect(me.customer).toMatchObject({ id: w.slaClient.customerId, slaTier: "premium", segment: "vip", role: "owner" });
    expect(me.isEnterpriseAdmin).toBe(true);
  });

  it.each(["dispatcher", "technician", "billingAgent"] as const)(
    "staff %s has the staff shape: a role, no customer, no switcher",
    async (who) => {
      const me = await (await callerAs(w[who])).me.get();
      const staffRole = { dispatcher: "dispatcher", technician: "technician", billingAgent: "billing_agent" }[who];
      expect(me).toMatchObject({ kind: "staff", staffRole, customer: null, customers: [], isEnterpriseAdmin: false });
      expect(me.user.id).toBe(w[who].userId);
    },
  );

  it("a user of two customers acts for the first one joined and lists both in the switcher", async () => {
    const me = await (await callerAs(w.dual)).me.get();
    expect(me.customer).toMatchObject({ id: w.dual.home.customerId, kind: "individual", role: "owner" });
    expect(me.isEnterpriseAdmin).toBe(false);
    expect(me.customers.map((c) => [c.id, c.role])).toEqual([
      [w.dual.home.customerId, "owner"],
      [w.dual.company.customerId, "admin"],
    ]);
  });

  it("a user of two customers switches to the company by asking for it", async () => {
    const me = await (await callerAs(w.dual, { customerId: w.dual.company.customerId })).me.get();
    expect(me.customer).toMatchObject({ id: w.dual.company.customerId, kind: "enterprise", role: "admin" });
    expect(me.isEnterpriseAdmin).toBe(true);
    expect(me.customers).toHaveLength(2);
  });

  it("asking for a customer the user does not belong to falls back to their own", async () => {
    const actor = await principalOf(w.dual, { customerId: w.subscriber.customerId });
    expect(actor).toMatchObject({ kind: "customer", customerId: w.dual.home.customerId });
  });

  it("a session whose sessionVersion was bumped gets no principal and is unauthorised", async () => {
    const user = await createHousehold();
    expect(await principalOf(user, { sessionVersion: 0 })).not.toBeNull();
    await testDb().user.update({ where: { id: user.userId }, data: { sessionVersion: { increment: 1 } } });

    expect(await principalOf(user, { sessionVersion: 0 })).toBeNull();
    expect(await rejectionCode((await callerAs(user, { sessionVersion: 0 })).me.get())).toBe("UNAUTHORIZED");
    expect(await principalOf(user, { sessionVersion: 1 })).toMatchObject({ userId: user.userId });
  });

  it("a session of a user who no longer exists gets no principal", async () => {
    const user = await createHousehold();
    await testDb().user.delete({ where: { id: user.userId } });
    expect(await principalOf(user, { sessionVersion: 0 })).toBeNull();
  });

  it("anonymous caller is unauthorised", async () => {
    expect(await rejectionCode((await callerAs(null)).me.get())).toBe("UNAUTHORIZED");
  });
});
