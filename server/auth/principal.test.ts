import { describe, expect, it } from "vitest";
import { isEnterpriseAdmin, toPrincipal, type PrincipalSource } from "./principal";
import { permissionsOf } from "./permissions";

type Membership = PrincipalSource["memberships"][number];
const membership = (customerId: string, over: Partial<Membership> = {}): Membership => ({
  customerId,
  role: "owner",
  allServices: true,
  customer: { kind: "individual" },
  grants: [],
  ...over,
});
const user = (over: Partial<PrincipalSource> = {}): PrincipalSource => ({
  id: "u1",
  locale: "cs",
  staffRole: null,
  memberships: [],
  ...over,
});

describe("toPrincipal", () => {
  it("acts for the requested customer when the user belongs to it", () => {
    const source = user({ memberships: [membership("home"), membership("firm", { role: "admin", customer: { kind: "enterprise" } })] });
    expect(toPrincipal(source, "firm")).toEqual({
      kind: "customer",
      userId: "u1",
      locale: "cs",
      customerId: "firm",
      customerKind: "enterprise",
      role: "admin",
      serviceIds: null,
    });
  });

  it("falls back to the first membership when nothing is requested", () => {
    const source = user({ memberships: [membership("home"), membership("firm")] });
    expect(toPrincipal(source)).toMatchObject({ customerId: "home" });
    expect(toPrincipal(source, null)).toMatchObject({ customerId: "home" });
  });

  it("falls back to the first membership when the requested customer is someone else's", () => {
    const source = user({ memberships: [membership("home"), membership("firm")] });
    expect(toPrincipal(source, "not-mine")).toMatchObject({ customerId: "home" });
  });

  it("limits a sub-user to the granted services", () => {
    const source = user({
      memberships: [membership("firm", { role: "member", allServices: false, grants: [{ serviceId: "s1" }, { serviceId: "s2" }] })],
    });
    expect(toPrincipal(source)).toMatchObject({ serviceIds: ["s1", "s2"] });
  });

  it("a sub-user with no grants sees no services, not all of them", () => {
    const source = user({ memberships: [membership("firm", { allServices: false, grants: [] })] });
    expect(toPrincipal(source)).toMatchObject({ serviceIds: [] });
  });

  it("staff become a staff principal with their role's permissions, whatever memberships exist", () => {
    const source = user({ staffRole: "dispatcher", memberships: [membership("home")] });
    expect(toPrincipal(source, "home")).toEqual({
      kind: "staff",
      userId: "u1",
      locale: "cs",
      staffRole: "dispatcher",
      permissions: permissionsOf("dispatcher"),
    });
  });

  it("a user who belongs to nothing and is not staff has no principal", () => {
    expect(toPrincipal(user())).toBeNull();
    expect(toPrincipal(user(), "anything")).toBeNull();
  });
});

describe("isEnterpriseAdmin", () => {
  const customer = (customerKind: "individual" | "enterprise", role: Membership["role"]) =>
    toPrincipal(user({ memberships: [membership("c", { customer: { kind: customerKind }, role })] }))!;

  it("is true for owners and admins of an enterprise only", () => {
    expect(isEnterpriseAdmin(customer("enterprise", "owner"))).toBe(true);
    expect(isEnterpriseAdmin(customer("enterprise", "admin"))).toBe(true);
    for (const role of ["billing", "technical", "member"] as const) expect(isEnterpriseAdmin(customer("enterprise", role))).toBe(false);
    expect(isEnterpriseAdmin(customer("individual", "owner"))).toBe(false);
    expect(isEnterpriseAdmin(toPrincipal(user({ staffRole: "billing_agent" }))!)).toBe(false);
  });
});

describe("permissionsOf", () => {
  it("gives each staff role only its own permissions", () => {
    expect(permissionsOf("technician")).toEqual(["tickets.work-assigned"]);
    expect(permissionsOf("billing_agent")).not.toContain("tickets.dispatch");
    expect(permissionsOf("dispatcher")).not.toContain("bills.read-all");
  });
});
