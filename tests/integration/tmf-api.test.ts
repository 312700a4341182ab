// The TMF Open API facades through their route handlers: every collection walked for the list rules (fields, filters,
// pagination headers), get, 404 and 401 bodies, each answer checked against the spec's own schema; then the writes
// (POST 201 + Location, 400 on bad bodies, merge-patch and lifecycle errors), keys, rate limit, audit and the scope matrix.
import { beforeAll, describe, expect, it } from "vitest";
import { depsFor } from "~/server/container";
import { apiClients } from "~/server/tmf/clients/api-clients.repository";
import { createPlan, kitClock, testDb } from "~/tests/kit";
import { apis, buildTmfWorld, call, ORIGIN, schemaProblem, type ApiName, type TmfWorld } from "./tmf-world";

type Item = Record<string, unknown> & { id: string; href: string; "@type": string };
type Case = { api: ApiName; collection: string; definition: string; own: string; others: string; filter: [string, string] };

let w: TmfWorld;
let cases: Case[];
let orders: { anna: Item; big: Item };

const expectValid = (api: ApiName, definition: string, value: unknown) => expect(schemaProblem(api, definition, value)).toBeNull();
const expectError = (api: ApiName, answer: { status: number; body: unknown }, status: number) => {
  expect(answer.status).toBe(status);
  expect(answer.body).toMatchObject({
    status: String(status),
    code: expect.any(String),
    reason: expect.any(String),
    message: expect.any(String),
  });
  expectValid(api, "Error", answer.body);
};

async function placeOrder(key: string, serviceId: string, planId: string) {
  const body = { productOrderItem: [{ id: "1", action: "modify", product: { id: serviceId }, productOffering: { id: planId } }] };
  const answer = await call("productOrder", "POST", "productOrder", { key, body });
  expect(answer.status).toBe(201);
  return { answer, order: answer.body as Item };
}

async function lineOf(customerId: string, billId: string) {
  const bill = await depsFor(testDb(), kitClock()).billing.getBill({ customerId, serviceIds: null }, billId);
  return bill!.lines[0]!.id;
}

beforeAll(async () => {
  w = await buildTmfWorld();
  orders = {
    anna: (await placeOrder(w.keys.anna.key, w.anna.services.mobile, w.mobilePlan)).order,
    big: (await placeOrder(w.keys.big.key, w.big.serviceIds[0]!, await createPlan({ kind: "broadband", monthlyFeeMinor: 9990 }))).order,
  };
  const filterOnAnna: [string, string] = ["relatedParty.id", w.anna.customerId];
  cases = [
    {
      api: "troubleTicket",
      collection: "troubleTicket",
      definition: "TroubleTicket",
      own: w.tickets.anna,
      others: w.tickets.big,
      filter: ["status", "acknowledged"],
    },
    {
      api: "customerBill",
      collection: "customerBill",
      definition: "CustomerBill",
      own: w.bills.anna,
      others: w.bills.big,
      filter: ["billingAccount.id", w.anna.billingAccountId],
    },
    {
      api: "customerBill",
      collection: "appliedCustomerBillingRate",
      definition: "AppliedCustomerBillingRate",
      own: await lineOf(w.anna.customerId, w.bills.anna),
      others: await lineOf(w.big.customerId, w.bills.big),
      filter: ["bill.id", w.bills.anna],
    },
    {
      api: "account",
      collection: "billingAccount",
      definition: "BillingAccount",
      own: w.anna.billingAccountId,
      others: w.big.billingAccountId,
      filter: filterOnAnna,
    },
    {
      api: "productOrder",
      collection: "productOrder",
      definition: "ProductOrder",
      own: orders.anna.id,
      others: orders.big.id,
      filter: ["state", "acknowledged"],
    },
  ];
});

describe("TMF facades: every collection", () => {
  it("lists the caller's own objects only, each a valid resource with id, href and @type, with both count headers", async () => {
    for (const c of cases) {
      const answer = await call(c.api, "GET", c.collection, { key: w.keys.anna.key });
      expect(answer.status, c.collection).toBe(200);
      const items = answer.body as Item[];
      expect(answer.headers.get("X-Total-Count")).toBe(String(items.length));
      expect(answer.headers.get("X-Result-Count")).toBe(String(items.length));
      expect(items.map((i) => i.id)).toContain(c.own);
      expect(items.map((i) => i.id)).not.toContain(c.others);
      for (const item of items) {
        expectValid(c.api, c.definition, item);
        expect(item.href).toBe(`${ORIGIN}${apis[c.api].spec.basePath.replace(/\/$/, "")}/${c.collection}/${item.id}`);
        expect(item["@type"]).toBe(c.definition);
      }
    }
  });

  it("gives only the fields asked for, plus id, href and @type", async () => {
    for (const c of cases) {
      const field = c.filter[0].split(".")[0]!;
      const answer = await call(c.api, "GET", `${c.collection}?fields=${field}`, { key: w.keys.anna.key });
      for (const item of answer.body as Item[])
        expect(Object.keys(item).sort(), c.collection).toEqual([field, "@type", "href", "id"].sort());
    }
  });

  it("filters on exact attribute values, nested ones too, and by id", async () => {
    for (const c of cases) {
      const [path, value] = c.filter;
      const filtered = (await call(c.api, "GET", `${c.collection}?${path}=${value}`, { key: w.keys.anna.key })).body as Item[];
      expect(
        filtered.map((i) => i.id),
        c.collection,
      ).toContain(c.own);
      const none = await call(c.api, "GET", `${c.collection}?${path}=no-such-value`, { key: w.keys.anna.key });
      expect(none.body, c.collection).toEqual([]);
      expect(none.headers.get("X-Total-Count")).toBe("0");
      const byId = (await call(c.api, "GET", `${c.collection}?id=${c.own}`, { key: w.keys.anna.key })).body as Item[];
      expect(byId.map((i) => i.id)).toEqual([c.own]);
    }
  });

  it("pages with offset and limit: X-Result-Count is the page, X-Total-Count all that match", async () => {
    for (const c of cases) {
      const all = (await call(c.api, "GET", c.collection, { key: w.keys.anna.key })).body as Item[];
      const second = await call(c.api, "GET", `${c.collection}?offset=1&limit=1`, { key: w.keys.anna.key });
      expect(second.headers.get("X-Total-Count"), c.collection).toBe(String(all.length));
      expect(second.headers.get("X-Result-Count")).toBe(String(Math.min(1, Math.max(all.length - 1, 0))));
      expect((second.body as Item[]).map((i) => i.id)).toEqual(all.slice(1, 2).map((i) => i.id));
      expectError(c.api, await call(c.api, "GET", `${c.collection}?limit=0`, { key: w.keys.anna.key }), 400);
      expectError(c.api, await call(c.api, "GET", `${c.collection}?offset=-1`, { key: w.keys.anna.key }), 400);
    }
  });

  it("gets one object; another customer's, an unknown or a malformed id is 404", async () => {
    for (const c of cases) {
      const own = await call(c.api, "GET", `${c.collection}/${c.own}`, { key: w.keys.anna.key });
      expect(own.status, c.collection).toBe(200);
      expectValid(c.api, c.definition, own.body);
      expectError(c.api, await call(c.api, "GET", `${c.collection}/${c.others}`, { key: w.keys.anna.key }), 404);
      const unknown = c.collection === "appliedCustomerBillingRate" ? "999999999999" : "00000000-0000-4000-8000-000000000000";
      expectError(c.api, await call(c.api, "GET", `${c.collection}/${unknown}`, { key: w.keys.anna.key }), 404);
      expectError(c.api, await call(c.api, "GET", `${c.collection}/not-an-id`, { key: w.keys.anna.key }), 404);
    }
  });

  it("the operator-wide key sees every customer's objects", async () => {
    for (const c of cases) {
      for (const id of [c.own, c.others])
        expect((await call(c.api, "GET", `${c.collection}/${id}`, { key: w.keys.operator.key })).status, c.collection).toBe(200);
    }
  });

  it("a missing, unknown or revoked key is 401 with a TMF error, and revocation takes effect at once", async () => {
    const fresh = await w.client(w.anna.customerId, w.anna.userId);
    for (const c of cases) {
      expectError(c.api, await call(c.api, "GET", c.collection, { key: null }), 401);
      expectError(c.api, await call(c.api, "GET", c.collection, { key: "tmf_not-a-key" }), 401);
      expect((await call(c.api, "GET", c.collection, { key: fresh.key })).status).toBe(200);
    }
    await apiClients(testDb()).revoke(fresh.id, new Date());
    for (const c of cases) expectError(c.api, await call(c.api, "GET", `${c.collection}/${c.own}`, { key: fresh.key }), 401);
  });

  it("serves the spec document each facade implements", async () => {
    for (const api of ["troubleTicket", "customerBill", "account", "productOrder"] as const) {
      const answer = await call(api, "GET", "openapi.json", { key: null });
      expect(answer.status).toBe(200);
      expect(answer.body).toMatchObject({ swagger: "2.0", basePath: expect.stringMatching(/^\/tmf-api\//) });
    }
  });
});
