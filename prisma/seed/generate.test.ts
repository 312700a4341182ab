import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { plans } from "./catalogue";
import { addCustomer, createRng, emptyBatch, identifierFor, newCounters, type Batch, type GenContext } from "./generate-rows";
import { customers as demoCustomers, users as demoUsers } from "./personas";

function context(seed: number): GenContext {
  let n = 0;
  return {
    seed,
    rng: createRng(seed),
    uuid: () => `00000000-0000-4000-8000-${String(++n).padStart(12, "0")}`,
    planIds: new Map(plans.map((p) => [p.code, `plan-${p.code}`])),
    passwordHash: "hash",
    now: new Date("2026-11-01T00:00:00Z"),
    next: newCounters(),
  };
}

function build(count: number, seed: number): Batch {
  const batch = emptyBatch();
  const ctx = context(seed);
  for (let i = 0; i < count; i++) addCustomer(batch, i, ctx);
  return batch;
}

function integrityProblems(b: Batch): string[] {
  const problems: string[] = [];
  const customers = new Set(b.Customer.map((c) => c.id));
  const users = new Set(b.User.map((u) => u.id));
  const accountOwner = new Map(b.BillingAccount.map((a) => [a.id, a.customerId]));
  const costCentreOwner = new Map(b.CostCentre.map((c) => [c.id, c.customerId]));
  const keys = [...b.Service.map((s) => `${s.kind}|${s.identifier}`)];
  if (new Set(keys).size !== keys.length) problems.push("duplicate (kind, identifier)");
  if (new Set(b.User.map((u) => u.email)).size !== b.User.length) problems.push("duplicate e-mail");
  if (new Set(b.BillingAccount.map((a) => a.number)).size !== b.BillingAccount.length) problems.push("duplicate account number");
  for (const m of b.Membership)
    if (!users.has(m.userId as string) || !customers.has(m.customerId as string)) problems.push("dangling membership");
  for (const s of b.Service) {
    if (accountOwner.get(s.billingAccountId as string) !== s.customerId) problems.push(`service ${s.identifier} bills to another customer`);
    if (s.costCentreId && costCentreOwner.get(s.costCentreId as string) !== s.customerId)
      problems.push(`service ${s.identifier} in a foreign cost centre`);
    if (!s.planId) problems.push(`service ${s.identifier} without plan`);
  }
  for (const c of b.Customer) {
    if (b.Membership.filter((m) => m.customerId === c.id && m.role === "owner").length !== 1) problems.push(`customer ${c.id} owners ≠ 1`);
  }
  return problems;
}

describe("benchmark row builders", () => {
  it("builds the same rows for the same seed", () => {
    expect(build(50, 7)).toEqual(build(50, 7));
    expect(build(50, 7).Customer.map((c) => c.name)).not.toEqual(build(50, 8).Customer.map((c) => c.name));
  });

  it("keeps every reference inside its own customer and every natural key unique", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10_000 }), fc.integer({ min: 1, max: 60 }), (seed, count) => {
        expect(integrityProblems(build(count, seed))).toEqual([]);
      }),
      { numRuns: 50 },
    );
  });

  it("has about 10% enterprises and about 3 services per customer", () => {
    const b = build(5_000, 1);
    const enterprises = b.Customer.filter((c) => c.kind === "enterprise").length / b.Customer.length;
    expect(enterprises).toBeGreaterThan(0.08);
    expect(enterprises).toBeLessThan(0.12);
    expect(b.Service.length / b.Customer.length).toBeGreaterThan(2.7);
    expect(b.Service.length / b.Customer.length).toBeLessThan(3.3);
    expect(new Set(b.Service.map((s) => s.kind))).toEqual(new Set(["mobile", "fixed_voice", "broadband", "tv"]));
    expect(b.BillingAccount.length).toBeGreaterThan(b.Customer.length); // enterprises hold several
  });

  it("never collides with the demo world or with another seed", () => {
    const b = build(500, 1);
    const demoIdentifiers = new Set(demoCustomers.flatMap((c) => c.services.map((s) => s.identifier)));
    const demoAccounts = new Set(demoCustomers.flatMap((c) => c.accounts.map((a) => a.number)));
    const demoEmails = new Set(demoUsers.map((u) => u.email));
    expect(b.Service.filter((s) => demoIdentifiers.has(s.identifier as string))).toEqual([]);
    expect(b.BillingAccount.filter((a) => demoAccounts.has(a.number as string))).toEqual([]);
    expect(b.User.filter((u) => demoEmails.has(u.email as string))).toEqual([]);
    const other = new Set(build(500, 2).Service.map((s) => s.identifier));
    expect(b.Service.filter((s) => other.has(s.identifier))).toEqual([]);
  });

  it("formats identifiers by kind", () => {
    expect(identifierFor("mobile", 3, 42)).toBe("+999 3 700 000 042");
    expect(identifierFor("fixed_voice", 3, 42)).toBe("+999 3 200 000 042");
    expect(identifierFor("broadband", 3, 42)).toBe("BB-G3-00000042");
    expect(identifierFor("tv", 3, 42)).toBe("SC-G3-00000042");
  });
});
