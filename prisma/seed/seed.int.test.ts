// The persona contract, checked against a real PostgreSQL (DATABASE_URL): seeds it if needed.
import { env } from "~/server/env";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { verifyPassword } from "~/server/auth/password";
import { createDb, type Db } from "~/server/db/client";
import { depsFor } from "~/server/container";
import { systemClock } from "~/server/lib/clock";
import { troubleTicketApi } from "~/server/tmf/apis/trouble-ticket";
import { apiClients } from "~/server/tmf/clients/api-clients.repository";
import { tmfRoute } from "~/server/tmf/kit/serve";
import { DEMO_BIGCORP_API_KEY, DEMO_OPERATOR_API_KEY } from "./api-clients";
import { DEMO_PASSWORD } from "./personas";
import { seedDemo } from "./seed";

const databaseUrl = env.DATABASE_URL;
// The demo's history on any day is tests/integration/demo-any-day.test.ts; the personas do not depend on the day.
const SEEDED_AT = new Date("2026-11-23T10:00:00Z");

describe("demo world seed", () => {
  let db: Db;
  beforeAll(async () => {
    db = createDb(databaseUrl!, 2);
    await seedDemo(db, SEEDED_AT);
  }, 60_000);
  afterAll(() => db.$disconnect());

  const memberships = (email: string) =>
    db.membership.findMany({
      where: { user: { email } },
      orderBy: { createdAt: "asc" },
      include: { customer: true, grants: { include: { service: { include: { assignedUser: true } } } } },
    });

  it("places sites in repair areas and gives the demo technician a profile covering them", async () => {
    const lines = await db.service.findMany({
      where: { identifier: { in: ["BB-PRG-004512", "LL-BRNO-0001", "+420 601 234 567"] } },
      select: { identifier: true, area: true },
    });
    expect(Object.fromEntries(lines.map((l) => [l.identifier, l.area]))).toEqual({
      "BB-PRG-004512": "Praha",
      "LL-BRNO-0001": "Brno",
      "+420 601 234 567": null,
    });
    const tech = await db.user.findUniqueOrThrow({ where: { email: "technician@operator.test" }, select: { id: true } });
    expect(await db.technicianProfile.findUnique({ where: { userId: tech.id } })).toMatchObject({
      areas: expect.arrayContaining(["Praha", "Brno"]),
    });
  });

  it("gives the operator an operator-wide TMF API key and BigCorp one that sees BigCorp's tickets only", async () => {
    const clients = apiClients(db);
    expect(await clients.byKey(DEMO_OPERATOR_API_KEY)).toMatchObject({ customer: null });
    const bigcorp = await clients.byKey(DEMO_BIGCORP_API_KEY);
    expect(bigcorp?.customer).toMatchObject({ kind: "enterprise" });
    const { GET } = tmfRoute(troubleTicketApi, () => depsFor(db, systemClock));
    const list = (key: string) =>
      GET(new Request("http://demo.test/tmf-api/troubleTicket/v4/troubleTicket", { headers: { authorization: `Bearer ${key}` } }), {
        params: Promise.resolve({ path: ["troubleTicket"] }),
      }).then((r) => r.json() as Promise<{ id: string; relatedParty: { id: string }[] }[]>);
    const [own, all] = [await list(DEMO_BIGCORP_API_KEY), await list(DEMO_OPERATOR_API_KEY)];
    expect(own.length).toBeGreaterThan(0);
    expect(new Set(own.map((t) => t.relatedParty[0]!.id))).toEqual(new Set([bigcorp!.customer!.id]));
    expect(all.map((t) => t.id)).toEqual(expect.arrayContaining(own.map((t) => t.id)));
  });

  it("a second run changes nothing", async () => {
    const count = () =>
      Promise.all([
        db.user.count(),
        db.customer.count(),
        db.service.count(),
        db.membership.count(),
        db.notification.count(),
        db.bill.count(),
        db.usageRecord.count(),
        db.ledgerPosting.count(),
        db.discount.count(),
        db.oneTimeCharge.count(),
        db.apiClient.count(),
      ]);
    const before = await count();
    expect(await seedDemo(db, SEEDED_AT)).toMatchObject({ created: false });
    expect(await count()).toEqual(before);
  });

  it("gives the subscriber one household with four active services on one account", async () => {
    const [m, ...rest] = await memberships("subscriber@demo.test");
    expect(rest).toEqual([]);
    expect(m).toMatchObject({
      role: "owner",
      customer: { name: "Anna Novak", kind: "individual", segment: "consumer", slaTier: "standard" },
    });
    const services = await db.service.findMany({ where: { customerId: m!.customerId }, include: { billingAccount: true } });
    expect(services.map((s) => s.kind).sort()).toEqual(["broadband", "fixed_voice", "mobile", "tv"]);
    expect(new Set(services.map((s) => `${s.billingAccount.number} ${s.billingAccount.currency} ${s.status}`))).toEqual(
      new Set(["BA-100001 CZK active"]),
    );
    const user = await db.user.findUniqueOrThrow({ where: { email: "subscriber@demo.test" }, omit: { passwordHash: false } });
    expect(await verifyPassword(user.passwordHash, DEMO_PASSWORD)).toBe(true);
  });

  it("gives Acme 24 mobile lines, 2 broadband, 3 cost centres and 2 accounts, run by an admin", async () => {
    const [m] = await memberships("admin@acme.test");
    expect(m).toMatchObject({ role: "admin", allServices: true, customer: { name: "Acme Ltd", kind: "enterprise", slaTier: "business" } });
    const customerId = m!.customerId;
    const services = await db.service.findMany({ where: { customerId } });
    expect(services.filter((s) => s.kind === "mobile")).toHaveLength(24);
    expect(services.filter((s) => s.kind === "broadband")).toHaveLength(2);
    expect(services.some((s) => s.status === "suspended")).toBe(true);
    expect(await db.costCentre.count({ where: { customerId } })).toBe(3);
    expect((await db.billingAccount.findMany({ where: { customerId } })).map((a) => a.number).sort()).toEqual(["BA-200001", "BA-200002"]);
  });

  it("scopes the employee to one assigned line at Acme, first, and owns a household second", async () => {
    const [acme, own, ...rest] = await memberships("employee@acme.test");
    expect(rest).toEqual([]);
    expect(acme).toMatchObject({ role: "member", allServices: false, customer: { name: "Acme Ltd" } });
    expect(acme!.grants).toHaveLength(1);
    expect(acme!.grants[0]!.service).toMatchObject({ kind: "mobile", assignedUser: { email: "employee@acme.test" } });
    expect(own).toMatchObject({ role: "owner", customer: { name: "Jana Horáková", kind: "individual" } });
  });

  it("gives BigCorp premium SLA and leased lines, and staff no customers", async () => {
    const [m] = await memberships("sla@bigcorp.test");
    expect(m).toMatchObject({ role: "owner", customer: { name: "BigCorp", kind: "enterprise", slaTier: "premium" } });
    const lines = await db.service.findMany({ where: { customerId: m!.customerId, identifier: { startsWith: "LL-" } } });
    expect(lines.length).toBeGreaterThan(0);
    for (const [email, staffRole] of [
      ["dispatcher@operator.test", "dispatcher"],
      ["technician@operator.test", "technician"],
      ["agent@operator.test", "billing_agent"],
    ]) {
      expect(await db.user.findUnique({ where: { email }, select: { staffRole: true, memberships: true } })).toEqual({
        staffRole,
        memberships: [],
      });
    }
  });
});
