import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { CustomerActor } from "./principal";
import { scopeOf, serviceWhere } from "./scope";

const actor = (serviceIds: string[] | null): CustomerActor => ({
  kind: "customer",
  userId: "u",
  locale: "en",
  customerId: "cust-1",
  customerKind: "enterprise",
  role: "member",
  serviceIds,
});

describe("scopeOf / serviceWhere", () => {
  it("a member with all services is scoped to the whole customer", () => {
    expect(scopeOf(actor(null))).toEqual({ customerId: "cust-1", serviceIds: null });
    expect(serviceWhere(scopeOf(actor(null)))).toEqual({ customerId: "cust-1" });
  });

  it("a sub-user is scoped to the customer and the granted services", () => {
    expect(serviceWhere(scopeOf(actor(["s1", "s2"])))).toEqual({ customerId: "cust-1", id: { in: ["s1", "s2"] } });
  });

  it("a sub-user with no grants matches no service (empty `in`), never every service", () => {
    expect(serviceWhere(scopeOf(actor([])))).toEqual({ customerId: "cust-1", id: { in: [] } });
  });

  it("always filters by the actor's customer and never leaves a key undefined", () => {
    fc.assert(
      fc.property(fc.uuid(), fc.option(fc.array(fc.uuid(), { maxLength: 5 }), { nil: null }), (customerId, serviceIds) => {
        const where = serviceWhere(scopeOf({ ...actor(serviceIds), customerId }));
        expect(where.customerId).toBe(customerId);
        expect(Object.values(where).every((v) => v !== undefined)).toBe(true);
        expect("id" in where).toBe(serviceIds !== null);
      }),
    );
  });
});
