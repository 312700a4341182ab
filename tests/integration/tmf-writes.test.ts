// The TMF facades' writes, keys and guards: POST → 201 + Location + the whole resource, bad bodies → 400, merge-patch
// status changes within the ticket lifecycle (an illegal one is a TMF error and changes nothing), idempotent retries,
// the per-client rate limit, one audit entry per call, and the cross-tenant matrix over every facade.
import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { depsFor } from "~/server/container";
import { apiClients } from "~/server/tmf/clients/api-clients.repository";
import { kitClock, testDb } from "~/tests/kit";
import { buildTmfWorld, call, schemaProblem, type Answer, type ApiName, type TmfWorld } from "./tmf-world";

type Item = Record<string, unknown> & { id: string; href: string; status?: string };

let w: TmfWorld;
beforeAll(async () => {
  w = await buildTmfWorld();
});

const expectError = (api: ApiName, answer: Answer, status: number, code?: string) => {
  expect(answer.status).toBe(status);
  expect(answer.body).toMatchObject({
    status: String(status),
    reason: expect.any(String),
    message: expect.any(String),
    ...(code ? { code } : {}),
  });
  expect(schemaProblem(api, "Error", answer.body)).toBeNull();
};

const fault = (serviceId: string, extra: Record<string, unknown> = {}) => ({
  description: "No signal since this morning",
  severity: "Major",
  ticketType: "no_service",
  relatedEntity: [{ id: serviceId, role: "affectedService", "@referredType": "Service" }],
  ...extra,
});

const ticketStatus = async (id: string) => (await depsFor(testDb(), kitClock()).repair.getTicket(id, { all: true }))!.state;

describe("TMF621 trouble tickets: reporting and status changes", () => {
  it("reports a fault on the caller's service: 201, Location and the whole ticket", async () => {
    const answer = await call("troubleTicket", "POST", "troubleTicket", { key: w.keys.anna.key, body: fault(w.anna.services.mobile) });
    expect(answer.status).toBe(201);
    const ticket = answer.body as Item;
    expect(answer.headers.get("Location")).toBe(ticket.href);
    expect(schemaProblem("troubleTicket", "TroubleTicket", ticket)).toBeNull();
    expect(ticket).toMatchObject({ status: "acknowledged", ticketType: "no_service", relatedEntity: [{ id: w.anna.services.mobile }] });
    expect((await call("troubleTicket", "GET", `troubleTicket/${ticket.id}`, { key: w.keys.anna.key })).body).toEqual(ticket);
  });

  it("the operator-wide key reports for the service's own customer", async () => {
    const answer = await call("troubleTicket", "POST", "troubleTicket", {
      key: w.keys.operator.key,
      body: fault(w.anna.services.broadband, { ticketType: "slow" }),
    });
    expect(answer.status).toBe(201);
    expect(answer.body).toMatchObject({ relatedParty: [{ id: w.anna.customerId }] });
  });

  it("answers 400 to malformed bodies, missing mandatory attributes and unfitting categories, 404 to another's service", async () => {
    const post = (body: unknown, contentType?: string) =>
      call("troubleTicket", "POST", "troubleTicket", { key: w.keys.anna.key, body, contentType });
    expectError("troubleTicket", await post("{not json"), 400);
    expectError("troubleTicket", await post([fault(w.anna.services.mobile)]), 400);
    const noSeverity = Object.fromEntries(Object.entries(fault(w.anna.services.mobile)).filter(([k]) => k !== "severity"));
    expectError("troubleTicket", await post(noSeverity), 400);
    expectError("troubleTicket", await post(fault(w.anna.services.mobile, { relatedEntity: [] })), 400);
    expectError("troubleTicket", await post(fault(w.anna.services.mobile, { ticketType: "no_picture" })), 400);
    expectError("troubleTicket", await post(fault(w.anna.services.mobile, { description: "x" })), 400);
    expectError("troubleTicket", await post(fault(w.big.serviceIds[0]!)), 404);
    expect((await post(fault(w.anna.services.mobile), "text/plain")).status).toBe(415);
  });

  it("changes status by merge patch within the lifecycle; an illegal change is a TMF error and changes nothing", async () => {
    const patch = (key: string, id: string, body: unknown, contentType?: string) =>
      call("troubleTicket", "PATCH", `troubleTicket/${id}`, { key, body, contentType });
    // The customer confirms the fix; it cannot start work on its own ticket.
    const closed = await patch(w.keys.anna.key, w.tickets.annaResolved, { status: "closed" });
    expect(closed.status).toBe(200);
    expect(schemaProblem("troubleTicket", "TroubleTicket", closed.body)).toBeNull();
    expect(closed.body).toMatchObject({ status: "closed" });
    expectError("troubleTicket", await patch(w.keys.anna.key, w.tickets.anna, { status: "inProgress" }), 412, "INVALID_STATE");
    expect(await ticketStatus(w.tickets.anna)).toBe("acknowledged");
    // The operator moves it on; backwards is not a transition.
    expect((await patch(w.keys.operator.key, w.tickets.anna, { status: "inProgress" })).body).toMatchObject({ status: "inProgress" });
    expectError("troubleTicket", await patch(w.keys.operator.key, w.tickets.anna, { status: "acknowledged" }), 412, "INVALID_STATE");
    expect(await ticketStatus(w.tickets.anna)).toBe("in_progress");
    expectError("troubleTicket", await patch(w.keys.operator.key, w.tickets.anna, { status: "fixed" }), 400);
    expectError("troubleTicket", await patch(w.keys.operator.key, w.tickets.anna, { description: "rewritten" }), 400);
    expectError("troubleTicket", await patch(w.keys.operator.key, w.tickets.anna, { status: "resolved" }, "application/json"), 415);
    expectError("troubleTicket", await patch(w.keys.big.key, w.tickets.anna, { status: "cancelled" }), 404);
    expect(await ticketStatus(w.tickets.anna)).toBe("in_progress");
  });
});

describe("TMF622 product orders: placing a plan change", () => {
  const order = (serviceId: string, planId: string, action = "modify") => ({
    productOrderItem: [{ id: "1", action, product: { id: serviceId }, productOffering: { id: planId } }],
  });

  it("a retry with the same Idempotency-Key returns the first order", async () => {
    const headers = { "Idempotency-Key": randomUUID() };
    const post = () =>
      call("productOrder", "POST", "productOrder", { key: w.keys.anna.key, body: order(w.anna.services.mobile, w.mobilePlan), headers });
    const [a, b] = [await post(), await post()];
    expect([a.status, b.status]).toEqual([201, 201]);
    expect((b.body as Item).id).toBe((a.body as Item).id);
    expect(a.body).toMatchObject({
      state: "acknowledged",
      productOrderItem: [{ action: "modify", productOffering: { id: w.mobilePlan } }],
    });
    expect(schemaProblem("productOrder", "ProductOrder", a.body)).toBeNull();
  });

  it("refuses orders it cannot carry out with 400, and another customer's service with 404", async () => {
    const post = (body: unknown) => call("productOrder", "POST", "productOrder", { key: w.keys.anna.key, body });
    expectError("productOrder", await post({}), 400);
    expectError("productOrder", await post(order(w.anna.services.mobile, w.mobilePlan, "add")), 400);
    expectError("productOrder", await post(order(w.anna.services.mobile, "not-a-plan")), 400);
    expectError("productOrder", await post(order(w.big.serviceIds[0]!, w.mobilePlan)), 404);
  });
});

describe("TMF API clients", () => {
  it("are rate-limited per client: past the limit a minute, 429 with Retry-After", async () => {
    const slow = await w.client(w.anna.customerId, w.anna.userId, 2);
    for (let i = 0; i < 2; i++) expect((await call("account", "GET", "billingAccount", { key: slow.key })).status).toBe(200);
    const refused = await call("account", "GET", "billingAccount", { key: slow.key });
    expectError("account", refused, 429, "RATE_LIMITED");
    expect(Number(refused.headers.get("Retry-After"))).toBeGreaterThan(0);
    // Another client is not slowed by it.
    expect((await call("account", "GET", "billingAccount", { key: w.keys.anna.key })).status).toBe(200);
  });

  it("have every call in the audit log, refused ones too", async () => {
    const audited = await w.client(w.big.customerId, w.big.userId);
    await call("troubleTicket", "GET", "troubleTicket", { key: audited.key });
    await call("troubleTicket", "GET", `troubleTicket/${w.tickets.anna}`, { key: audited.key });
    await apiClients(testDb()).revoke(audited.id, new Date());
    await call("troubleTicket", "GET", "troubleTicket", { key: audited.key });
    const rows = await testDb().auditLog.findMany({ where: { entity: "ApiClient", entityId: audited.id }, orderBy: { id: "asc" } });
    expect(rows.map((r) => [r.action, r.customerId, (r.data as { status: number }).status])).toEqual([
      ["tmf.get", w.big.customerId, 200],
      ["tmf.get", w.big.customerId, 404],
    ]);
    const refused = await testDb().auditLog.findFirst({ where: { entity: "ApiClient", entityId: null }, orderBy: { id: "desc" } });
    expect(refused?.data).toMatchObject({ status: 401, path: "/tmf-api/troubleTicket/v4/troubleTicket" });
  });
});

describe("TMF facades: the cross-tenant matrix", () => {
  it("BigCorp's key gets 404 on each of Anna's objects, a revoked key 401, the owner 200", async () => {
    const [line] = (await depsFor(testDb(), kitClock()).billing.getBill({ customerId: w.anna.customerId, serviceIds: null }, w.bills.anna))!
      .lines;
    const annaOrder = await call("productOrder", "POST", "productOrder", {
      key: w.keys.operator.key,
      body: {
        productOrderItem: [{ id: "1", action: "modify", product: { id: w.anna.services.mobile }, productOffering: { id: w.mobilePlan } }],
      },
    });
    const objects: [ApiName, string][] = [
      ["troubleTicket", `troubleTicket/${w.tickets.anna}`],
      ["customerBill", `customerBill/${w.bills.anna}`],
      ["customerBill", `appliedCustomerBillingRate/${line!.id}`],
      ["account", `billingAccount/${w.anna.billingAccountId}`],
      ["productOrder", `productOrder/${(annaOrder.body as Item).id}`],
    ];
    const revoked = await w.client(w.anna.customerId, w.anna.userId);
    await apiClients(testDb()).revoke(revoked.id, new Date());
    for (const [api, path] of objects) {
      expect((await call(api, "GET", path, { key: w.keys.anna.key })).status, path).toBe(200);
      expectError(api, await call(api, "GET", path, { key: w.keys.big.key }), 404);
      expectError(api, await call(api, "GET", path, { key: revoked.key }), 401);
    }
    const listed = (await call("troubleTicket", "GET", `troubleTicket?relatedParty.id=${w.anna.customerId}`, { key: w.keys.big.key })).body;
    expect(listed).toEqual([]);
  });
});
