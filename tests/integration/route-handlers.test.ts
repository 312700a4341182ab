// Cross-tenant matrix of the route handlers under app/api, called as Next.js calls them: a Request whose
// cookie carries a real signed session. Another customer's object is 404, a role without the right gets
// what the handler answers (403), signed out is 401. A route handler without an entry fails the suite.
import { readdirSync } from "node:fs";
import { join, relative } from "node:path";
import { encode } from "next-auth/jwt";
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { newSessionId } from "~/server/auth/session-policy";
import { authSecret, env } from "~/server/env";
import { depsFor } from "~/server/container";
import { addAttachments } from "~/server/modules/tickets/tickets.service";
import { buildWorld, kitClock, principalOf, testDb, type World } from "~/tests/kit";

/** The request being handled: what next/headers answers while a handler runs. */
const current = vi.hoisted(() => ({ headers: new Headers() }));
vi.mock("server-only", () => ({}));
vi.mock("next/headers", () => ({
  headers: async () => current.headers,
  cookies: async () => {
    const jar = new Map(
      (current.headers.get("cookie") ?? "")
        .split(";")
        .map((c) => c.trim().split("="))
        .filter(([name]) => name)
        .map(([name, ...value]) => [name!, value.join("=")]),
    );
    return { get: (name: string) => (jar.has(name) ? { name, value: jar.get(name)! } : undefined) };
  },
}));
// As app/_i18n/request.ts configures next-intl: the catalogues, in the language the request resolves to.
vi.mock("next-intl/server", async () => {
  const { createTranslator } = await import("use-intl/core");
  const { catalogues } = await import("~/app/_i18n/catalogues");
  const { resolveLocale } = await import("~/app/_i18n/locale");
  return {
    getTranslations: async (arg?: string | { locale?: string; namespace?: string }) => {
      const o = typeof arg === "string" ? { namespace: arg } : (arg ?? {});
      const locale = (o.locale ?? (await resolveLocale())) as keyof typeof catalogues;
      return createTranslator({ locale, messages: catalogues[locale], namespace: o.namespace as never });
    },
  };
});

const personas = ["subscriber", "entAdmin", "subUser", "slaClient", "dispatcher"] as const;
type CallerName = (typeof personas)[number] | "anonymous";

type Check = { as: CallerName; path: (w: World) => string; method?: "GET" | "POST"; body?: () => BodyInit; status: number };
/** Checks per route file (relative to app/api); `elsewhere` names the suite that covers a route instead. */
type Entry = { checks: Check[] } | { elsewhere: string };

const own = 200;
const forbidden = 403;
const notFound = 404;
const signedOut = 401;

const matrix: Record<string, Entry> = {
  "trpc/[trpc]/route.ts": { elsewhere: "cross-tenant.test.ts covers every procedure" },
  "auth/[...nextauth]/route.ts": { elsewhere: "login.test.ts and the sign-in e2e: next-auth's own endpoints" },
  "health/route.ts": { checks: [{ as: "anonymous", path: () => "/api/health", status: own }] },
  "bills/[id]/pdf/route.ts": {
    checks: [
      { as: "subscriber", path: (w) => `/api/bills/${w.bills.subscriber}/pdf`, status: own },
      { as: "entAdmin", path: (w) => `/api/bills/${w.bills.acmeHq}/pdf`, status: own },
      { as: "entAdmin", path: (w) => `/api/bills/${w.bills.subscriber}/pdf`, status: notFound },
      { as: "subscriber", path: (w) => `/api/bills/${w.bills.acmeHq}/pdf`, status: notFound },
      { as: "slaClient", path: (w) => `/api/bills/${w.bills.dualHome}/pdf`, status: notFound },
      { as: "subUser", path: (w) => `/api/bills/${w.bills.acmeHq}/pdf`, status: forbidden },
      { as: "dispatcher", path: (w) => `/api/bills/${w.bills.subscriber}/pdf`, status: forbidden },
      { as: "anonymous", path: (w) => `/api/bills/${w.bills.subscriber}/pdf`, status: signedOut },
    ],
  },
  "bills/[id]/cost-centres.csv/route.ts": {
    checks: [
      { as: "entAdmin", path: (w) => `/api/bills/${w.bills.acmeHq}/cost-centres.csv`, status: own },
      { as: "entAdmin", path: (w) => `/api/bills/${w.bills.slaClient}/cost-centres.csv`, status: notFound },
      { as: "slaClient", path: (w) => `/api/bills/${w.bills.acmeHq}/cost-centres.csv`, status: notFound },
      { as: "subscriber", path: (w) => `/api/bills/${w.bills.subscriber}/cost-centres.csv`, status: forbidden },
      { as: "subUser", path: (w) => `/api/bills/${w.bills.acmeHq}/cost-centres.csv`, status: forbidden },
      { as: "anonymous", path: (w) => `/api/bills/${w.bills.acmeHq}/cost-centres.csv`, status: signedOut },
    ],
  },
  "enterprise/audit.csv/route.ts": {
    checks: [
      { as: "entAdmin", path: () => "/api/enterprise/audit.csv", status: own },
      { as: "slaClient", path: () => "/api/enterprise/audit.csv?entity=membership", status: own },
      { as: "entAdmin", path: () => "/api/enterprise/audit.csv?from=yesterday", status: 400 },
      { as: "subscriber", path: () => "/api/enterprise/audit.csv", status: forbidden },
      { as: "subUser", path: () => "/api/enterprise/audit.csv", status: forbidden },
      { as: "dispatcher", path: () => "/api/enterprise/audit.csv", status: forbidden },
      { as: "anonymous", path: () => "/api/enterprise/audit.csv", status: signedOut },
    ],
  },
  "enterprise/lines.csv/route.ts": {
    checks: [
      { as: "entAdmin", path: () => "/api/enterprise/lines.csv", status: own },
      { as: "slaClient", path: () => "/api/enterprise/lines.csv?kind=broadband", status: own },
      { as: "entAdmin", path: () => "/api/enterprise/lines.csv?kind=pager", status: 400 },
      { as: "subscriber", path: () => "/api/enterprise/lines.csv", status: forbidden },
      { as: "subUser", path: () => "/api/enterprise/lines.csv", status: forbidden },
      { as: "anonymous", path: () => "/api/enterprise/lines.csv", status: signedOut },
    ],
  },
  "usage/records.csv/route.ts": {
    checks: [
      { as: "subscriber", path: (w) => `/api/usage/records.csv?service=${w.subscriber.services.mobile}`, status: own },
      { as: "subscriber", path: (w) => `/api/usage/records.csv?service=${w.acme.lines.ceoPhone}`, status: notFound },
      { as: "subUser", path: (w) => `/api/usage/records.csv?service=${w.acme.lines.ceoPhone}`, status: notFound },
      { as: "dispatcher", path: () => "/api/usage/records.csv", status: forbidden },
      { as: "anonymous", path: () => "/api/usage/records.csv", status: signedOut },
    ],
  },
  "attachments/[id]/route.ts": {
    checks: [
      { as: "subscriber", path: () => `/api/attachments/${attachmentId.id}`, status: own },
      { as: "entAdmin", path: () => `/api/attachments/${attachmentId.id}`, status: notFound },
      { as: "slaClient", path: () => `/api/attachments/${attachmentId.id}`, status: notFound },
      { as: "anonymous", path: () => `/api/attachments/${attachmentId.id}`, status: signedOut },
    ],
  },
  "tickets/[id]/attachments/route.ts": {
    checks: [
      {
        as: "entAdmin",
        method: "POST",
        path: (w) => `/api/tickets/${w.tickets.open.subscriber}/attachments`,
        body: upload,
        status: notFound,
      },
      {
        as: "slaClient",
        method: "POST",
        path: (w) => `/api/tickets/${w.tickets.open.entAdmin}/attachments`,
        body: upload,
        status: notFound,
      },
      {
        as: "anonymous",
        method: "POST",
        path: (w) => `/api/tickets/${w.tickets.open.subscriber}/attachments`,
        body: upload,
        status: signedOut,
      },
      { as: "subscriber", method: "POST", path: (w) => `/api/tickets/${w.tickets.open.subscriber}/attachments`, body: upload, status: 201 },
    ],
  },
  "payments/[id]/receipt/route.ts": {
    checks: [
      { as: "subscriber", path: () => `/api/payments/${paymentId.id}/receipt`, status: own },
      { as: "entAdmin", path: () => `/api/payments/${paymentId.id}/receipt`, status: notFound },
      { as: "slaClient", path: () => `/api/payments/${paymentId.id}/receipt`, status: notFound },
      { as: "dispatcher", path: () => `/api/payments/${paymentId.id}/receipt`, status: forbidden },
      { as: "anonymous", path: () => `/api/payments/${paymentId.id}/receipt`, status: signedOut },
    ],
  },
  "statements/pdf/route.ts": {
    checks: [
      { as: "subscriber", path: (w) => statement(w.subscriber.billingAccountId), status: own },
      { as: "entAdmin", path: (w) => statement(w.subscriber.billingAccountId), status: notFound },
      { as: "subscriber", path: (w) => statement(w.acme.billingAccountIds[0]!), status: notFound },
      { as: "subUser", path: (w) => statement(w.acme.billingAccountIds[0]!), status: forbidden },
      { as: "anonymous", path: (w) => statement(w.subscriber.billingAccountId), status: signedOut },
    ],
  },
  "statements/certificate.pdf/route.ts": {
    checks: [
      // the holder gets past the access check: the bill is unpaid, so no certificate yet
      { as: "subscriber", path: (w) => `/api/statements/certificate.pdf?account=${w.subscriber.billingAccountId}`, status: 409 },
      { as: "entAdmin", path: (w) => `/api/statements/certificate.pdf?account=${w.subscriber.billingAccountId}`, status: notFound },
      { as: "subscriber", path: (w) => `/api/statements/certificate.pdf?account=${w.slaClient.billingAccountId}`, status: notFound },
      { as: "subUser", path: (w) => `/api/statements/certificate.pdf?account=${w.acme.billingAccountIds[0]}`, status: forbidden },
      { as: "anonymous", path: (w) => `/api/statements/certificate.pdf?account=${w.subscriber.billingAccountId}`, status: signedOut },
    ],
  },
  "sla/report.pdf/route.ts": {
    checks: [
      { as: "slaClient", path: () => "/api/sla/report.pdf?month=2026-11", status: own },
      { as: "subscriber", path: () => "/api/sla/report.pdf?month=2026-11", status: forbidden },
      { as: "dispatcher", path: () => "/api/sla/report.pdf?month=2026-11", status: forbidden },
      { as: "anonymous", path: () => "/api/sla/report.pdf?month=2026-11", status: signedOut },
    ],
  },
  "sla/tickets.csv/route.ts": {
    checks: [
      { as: "slaClient", path: () => "/api/sla/tickets.csv?month=2026-11", status: own },
      { as: "subUser", path: () => "/api/sla/tickets.csv?month=2026-11", status: forbidden },
      { as: "anonymous", path: () => "/api/sla/tickets.csv?month=2026-11", status: signedOut },
    ],
  },
  // No session: the signature over the body is the authentication; without a webhook secret (card payments
  // off, as in these tests) every event is refused as unavailable.
  "webhooks/stripe/route.ts": {
    checks: [{ as: "anonymous", method: "POST", path: () => "/api/webhooks/stripe", body: () => '{"id":"evt_1"}', status: 503 }],
  },
};

const statement = (account: string) => `/api/statements/pdf?account=${account}&from=2026-01-01&to=2026-11-30`;
const png = Buffer.from("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8/5+hHgAHggJ/PchI7wAAAABJRU5ErkJggg==", "base64");
function upload() {
  const form = new FormData();
  form.append("files", new File([png], "photo.png", { type: "image/png" }));
  return form;
}
const attachmentId = { id: "" };
const paymentId = { id: "" };

const apiDir = join(__dirname, "../../app/api");
const routeFiles = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? routeFiles(join(dir, e.name)) : e.name === "route.ts" ? [relative(apiDir, join(dir, e.name))] : [],
  );

type Handler = (req: Request, ctx: { params: Promise<Record<string, string>> }) => Promise<Response>;

/** Params as Next.js derives them from the route file's [segments]. */
function paramsOf(file: string, path: string) {
  const pattern = file.replace(/\/route\.ts$/, "").split("/");
  const parts = new URL(path, "http://localhost").pathname.replace(/^\/api\//, "").split("/");
  return Object.fromEntries(pattern.flatMap((seg, i) => (/^\[\w+\]$/.test(seg) ? [[seg.slice(1, -1), parts[i]!]] : [])));
}

let w: World;
const cookies = {} as Record<CallerName, string>;

async function call(file: string, check: Check): Promise<Response> {
  const method = check.method ?? "GET";
  const mod = (await import(`~/app/api/${file.replace(/\.ts$/, "")}`)) as Record<string, Handler>;
  const path = check.path(w);
  // as Next.js passes a plain-HTTP request on: the session cookie then has no __Secure- prefix
  const headers = new Headers({
    host: "localhost:3000",
    "x-forwarded-proto": "http",
    cookie: cookies[check.as],
    origin: "http://localhost:3000",
  });
  current.headers = headers;
  const req = new Request(new URL(path, "http://localhost:3000"), { method, headers, body: check.body?.() });
  return mod[method]!(req, { params: Promise.resolve(paramsOf(file, path)) });
}

beforeAll(async () => {
  w = await buildWorld();
  for (const p of personas) {
    const user = w[p];
    const { sessionVersion, locale } = await testDb().user.findUniqueOrThrow({
      where: { id: user.userId },
      select: { sessionVersion: true, locale: true },
    });
    const token = await encode({
      token: { sub: user.userId, uid: user.userId, sv: sessionVersion, sid: newSessionId(), sat: Math.floor(Date.now() / 1000), locale },
      secret: authSecret(),
      salt: "authjs.session-token",
    });
    cookies[p] = `authjs.session-token=${token}`;
  }
  cookies.anonymous = "";

  const subscriber = await principalOf(w.subscriber);
  const [added] = await addAttachments(depsFor(testDb(), kitClock()), subscriber!, {
    ticketId: w.tickets.open.subscriber,
    files: [{ name: "photo.png", bytes: new Uint8Array(png) }],
  });
  attachmentId.id = added!.id;
  const bill = await testDb().bill.findUniqueOrThrow({
    where: { id: w.bills.subscriber },
    select: { number: true, currency: true, totalMinor: true, billingAccount: { select: { id: true, customerId: true } } },
  });
  const paid = await testDb().paymentAttempt.create({
    data: {
      customerId: bill.billingAccount.customerId,
      billingAccountId: bill.billingAccount.id,
      billId: w.bills.subscriber,
      billNumber: bill.number,
      currency: bill.currency,
      amountMinor: bill.totalMinor,
      status: "succeeded",
      userId: w.subscriber.userId,
      cardBrand: "visa",
      cardLast4: "4242",
      expiresAt: new Date("2026-11-20T10:00:00Z"),
      paidAt: new Date("2026-11-10T10:00:00Z"),
    },
    select: { id: true },
  });
  paymentId.id = paid.id;
}, 120_000);

describe("route handlers across tenants", () => {
  it("has an entry for every route handler under app/api", () => {
    expect(routeFiles(apiDir).sort()).toEqual(Object.keys(matrix).sort());
  });

  for (const [file, entry] of Object.entries(matrix)) {
    if (!("checks" in entry)) continue;
    for (const check of entry.checks) {
      it(`${file}: ${check.as} ${check.method ?? "GET"} → ${check.status}`, async () => {
        const res = await call(file, check);
        expect({ status: res.status, body: res.status >= 400 ? await res.text() : "" }).toMatchObject({ status: check.status });
      });
    }
  }
});

describe("expensive downloads and tRPC requests have limits", () => {
  const limit = env.EXPENSIVE_CALLS_PER_MINUTE;
  const minute = new Date("2026-11-23T10:00:20Z"); // 40 s before its minute is over
  const billPdf = async (as: CallerName, bill: (w: World) => string) =>
    call("bills/[id]/pdf/route.ts", { as, path: (x) => `/api/bills/${bill(x)}/pdf`, status: 0 });
  // A GET batch as the client's link sends it: every call's input (superjson), by its index.
  const batch = (as: CallerName, procedure: string, n: number) => {
    const input = encodeURIComponent(JSON.stringify(Object.fromEntries(Array.from({ length: n }, (_, i) => [i, { json: {} }]))));
    const paths = Array<string>(n).fill(procedure).join(",");
    return call("trpc/[trpc]/route.ts", { as, path: () => `/api/trpc/${paths}?batch=1&input=${input}`, status: 0 });
  };
  beforeEach(() => {
    // The limit's window comes from the handlers' clock (the system's): pinned here, the cookies stay valid.
    vi.useFakeTimers({ toFake: ["Date"] });
    vi.setSystemTime(minute);
  });
  afterEach(() => vi.useRealTimers());

  it("a person's downloads past the limit a minute are 429 with Retry-After; another person's are not; next minute they work", async () => {
    // Someone else's bill: refused fast, and counted all the same.
    for (let i = 0; i < limit; i++) expect((await billPdf("entAdmin", (x) => x.bills.subscriber)).status).toBe(404);
    const refused = await billPdf("entAdmin", (x) => x.bills.acmeHq);
    expect(refused.status).toBe(429);
    expect(refused.headers.get("Retry-After")).toBe("40");
    const csv = await call("usage/records.csv/route.ts", { as: "entAdmin", path: () => "/api/usage/records.csv", status: 0 });
    expect(csv.status).toBe(429);

    expect((await billPdf("subscriber", (x) => x.bills.subscriber)).status).toBe(200);
    vi.setSystemTime(new Date(minute.getTime() + 40_000));
    expect((await billPdf("entAdmin", (x) => x.bills.acmeHq)).status).toBe(200);
  });

  it("usage summaries over tRPC past the limit are 429 with Retry-After", async () => {
    const statuses: number[] = [];
    for (let i = 0; i < limit / 10; i++) statuses.push((await batch("slaClient", "usage.summary", 10)).status);
    expect(statuses).toEqual(Array<number>(limit / 10).fill(200));
    const refused = await batch("slaClient", "usage.summary", 10);
    expect(refused.status).toBe(429);
    expect(refused.headers.get("Retry-After")).toBe("40");
  });

  it("a tRPC batch of more than ten calls is refused whole; ten are answered", async () => {
    expect((await batch("subscriber", "notifications.unreadCount", 11)).status).toBe(400);
    expect((await batch("subscriber", "notifications.unreadCount", 10)).status).toBe(200);
  });
});
