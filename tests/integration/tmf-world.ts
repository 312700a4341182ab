// The TMF facades' test world: two customers with tickets, bills and an order, their API keys and an
// operator-wide key, and a way to call a facade's route handlers with a plain Request.
import { depsFor } from "~/server/container";
import type { SpecDocument } from "~/server/tmf/kit/spec-schemas";
import { specValidator } from "~/server/tmf/kit/spec-schemas";
import type { TmfApi } from "~/server/tmf/kit/tmf-api";
import { tmfRoute } from "~/server/tmf/kit/serve";
import { apiClients } from "~/server/tmf/clients/api-clients.repository";
import { newApiKey } from "~/server/tmf/clients/api-keys";
import { accountApi } from "~/server/tmf/apis/account";
import { customerBillApi } from "~/server/tmf/apis/customer-bill";
import { productOrderApi } from "~/server/tmf/apis/product-order";
import { troubleTicketApi } from "~/server/tmf/apis/trouble-ticket";
import { createHousehold, createPlan, createSlaClient, createStaff, createTicket, issueBills, kitClock, testDb } from "~/tests/kit";

export const ORIGIN = "http://portal.test";
export const apis = {
  troubleTicket: troubleTicketApi,
  customerBill: customerBillApi,
  account: accountApi,
  productOrder: productOrderApi,
} satisfies Record<string, TmfApi>;
export type ApiName = keyof typeof apis;

export type Answer = { status: number; headers: Headers; body: unknown };
export type CallOptions = { key?: string | null; body?: unknown; contentType?: string; headers?: Record<string, string> };

const deps = () => depsFor(testDb(), kitClock());
const routes = Object.fromEntries(Object.entries(apis).map(([name, api]) => [name, tmfRoute(api, deps)])) as Record<
  ApiName,
  ReturnType<typeof tmfRoute>
>;
const validators = Object.fromEntries(Object.entries(apis).map(([name, api]) => [name, specValidator(api.spec as SpecDocument)])) as Record<
  ApiName,
  ReturnType<typeof specValidator>
>;

/** Calls the API's route handler as Next would, for `path` below its base (e.g. "troubleTicket/…?fields=id"). */
export async function call(api: ApiName, method: "GET" | "POST" | "PATCH", path: string, opts: CallOptions = {}): Promise<Answer> {
  const base = apis[api].spec.basePath.replace(/\/$/, "");
  const url = new URL(`${ORIGIN}${base}/${path}`);
  const headers: Record<string, string> = { ...opts.headers };
  if (opts.key !== null) headers.authorization = `Bearer ${opts.key}`;
  if (opts.body !== undefined)
    headers["content-type"] = opts.contentType ?? (method === "PATCH" ? "application/merge-patch+json" : "application/json");
  const body = opts.body === undefined ? undefined : typeof opts.body === "string" ? opts.body : JSON.stringify(opts.body);
  const segments = url.pathname.slice(base.length).split("/").filter(Boolean);
  const response = await routes[api][method](new Request(url, { method, headers, body }), { params: Promise.resolve({ path: segments }) });
  return { status: response.status, headers: response.headers, body: await response.json() };
}

/** null when `value` is a valid `definition` of the API's spec, else what is wrong. */
export const schemaProblem = (api: ApiName, definition: string, value: unknown) => validators[api].problem(definition, value);

async function client(customerId: string | null, actingUserId: string, rateLimitPerMinute = 100_000) {
  const key = newApiKey();
  const { id } = await apiClients(testDb()).ensure({ name: `kit ${key.slice(4, 10)}`, key, customerId, actingUserId, rateLimitPerMinute });
  return { key, id };
}

export async function buildTmfWorld() {
  const anna = await createHousehold();
  const big = await createSlaClient();
  const dispatcher = await createStaff("dispatcher");
  const bills = await issueBills({ anna: anna.billingAccountId, big: big.billingAccountId });
  const tickets = {
    anna: await createTicket({ customerId: anna.customerId, serviceId: anna.services.broadband, reporterUserId: anna.userId }),
    annaResolved: await createTicket({
      customerId: anna.customerId,
      serviceId: anna.services.tv,
      reporterUserId: anna.userId,
      state: "resolved",
      technicianId: dispatcher.userId,
    }),
    big: await createTicket({ customerId: big.customerId, serviceId: big.serviceIds[0]!, reporterUserId: big.userId }),
  };
  const keys = {
    anna: await client(anna.customerId, anna.userId),
    big: await client(big.customerId, big.userId),
    operator: await client(null, dispatcher.userId),
  };
  const mobilePlan = await createPlan({ kind: "mobile", name: "Kit TMF unlimited", monthlyFeeMinor: 4990 });
  return { anna, big, dispatcher, bills, tickets, keys, mobilePlan, client };
}
export type TmfWorld = Awaited<ReturnType<typeof buildTmfWorld>>;
