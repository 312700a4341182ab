// Delivering webhooks as Stripe would, only harder: every event several times, shuffled, many at once, among forged
// and replayed-too-late ones. Over real HTTP to an in-process server whose handler is the one the portal's route
// (app/api/webhooks/stripe) calls, receiveStripeWebhook, so the figures include the body read and the answer.
import { Agent, createServer, request, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import Stripe from "stripe";
import type { Db } from "~/server/db/client";
import type { PaymentsDeps } from "~/server/modules/payments/payments.service";
import { receiveStripeWebhook } from "~/server/modules/payments/use-cases/stripe-events";
import { forEachConcurrently, seeded } from "./pool";
import type { BenchEvent } from "./webhooks-world";

export type Kind = "good" | "bad" | "stale";
export type Delivery = { event: BenchEvent; kind: Kind };
export type Outcome = { kind: Kind; status: number; body: string; ms: number };

/** Stripe's default tolerance is 300 s; a stale delivery is signed 301 s to an hour before it is sent. */
const STALE_MIN_S = 301;
const STALE_SPREAD_S = 3_300;
const FORGED_SECRET = "whsec_not_the_portals_secret_0000000000";

/**
 * `copies` good deliveries of each event, plus forged and stale ones making `badShare` and `staleShare` of all
 * deliveries, in one seeded shuffle (Fisher–Yates) so copies of an event arrive anywhere, also at the same time.
 */
export function deliveryPlan(events: BenchEvent[], copies: number, badShare: number, staleShare: number, seed: number): Delivery[] {
  const random = seeded(seed);
  const good = events.length * copies;
  const total = Math.round(good / (1 - badShare - staleShare));
  const bad = Math.round(total * badShare);
  const pickEvent = () => events[Math.floor(random() * events.length)]!;
  const plan: Delivery[] = [
    ...events.flatMap((event) => Array.from({ length: copies }, () => ({ event, kind: "good" as const }))),
    ...Array.from({ length: bad }, () => ({ event: pickEvent(), kind: "bad" as const })),
    ...Array.from({ length: total - good - bad }, () => ({ event: pickEvent(), kind: "stale" as const })),
  ];
  for (let i = plan.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [plan[i], plan[j]] = [plan[j]!, plan[i]!];
  }
  return plan;
}

/** The Stripe-Signature header, made when the delivery is sent (as Stripe signs each attempt afresh). */
function signature(d: Delivery, secret: string): string {
  const now = Math.floor(Date.now() / 1000);
  const stale = STALE_MIN_S + Math.floor(Math.random() * STALE_SPREAD_S);
  return Stripe.webhooks.generateTestHeaderString({
    payload: d.event.payload,
    secret: d.kind === "bad" ? FORGED_SECRET : secret,
    timestamp: d.kind === "stale" ? now - stale : now,
  });
}

export type Receiver = { url: string; errors: string[]; stop(): Promise<void> };

/**
 * POST /webhook → receiveStripeWebhook; a throw is a 500, as Next answers an unhandled error. POST /baseline → the
 * same body read and JSON parse, then one primary-key SELECT of PaymentEvent (what a duplicate delivery costs at least).
 */
export async function startReceiver(deps: PaymentsDeps, db: Db): Promise<Receiver> {
  const errors: string[] = [];
  const answer = (path: string, body: string, signatureHeader: string | null): Promise<{ status: number; body: string }> => {
    if (path === "/webhook") return receiveStripeWebhook(deps, body, signatureHeader);
    const { id } = JSON.parse(body) as { id: string };
    // Raw, not findUnique: Prisma batches concurrent findUniques into one query, which would flatter the baseline.
    const select = db.$queryRaw<{ id: string }[]>`SELECT id FROM "PaymentEvent" WHERE id = ${id}`;
    return select.then((rows) => ({ status: 200, body: rows.length ? "seen" : "new" }));
  };
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => {
      const header = req.headers["stripe-signature"];
      answer(req.url ?? "", Buffer.concat(chunks).toString("utf8"), typeof header === "string" ? header : null)
        .then(({ status, body }) => res.writeHead(status).end(body))
        .catch((error: unknown) => {
          if (errors.length < 5) errors.push(error instanceof Error ? (error.stack ?? error.message) : String(error));
          res.writeHead(500).end("internal error");
        });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url,
    errors,
    stop: async () => {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

/** One POST on a pooled keep-alive connection; node:http rather than fetch, whose own cost (~0.5 ms a request here)
 * would be charged to the portal, as sender and receiver share this process. */
function post(agent: Agent, url: string, headers: Record<string, string>, payload: string): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request(url, { method: "POST", agent, headers: { ...headers, "content-length": Buffer.byteLength(payload) } }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (c: Buffer) => chunks.push(c));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString("utf8") }));
      res.on("error", reject);
    });
    req.on("error", reject);
    req.end(payload);
  });
}

/** Sends the plan with `concurrency` in flight; the latency of each is from the request's start to its last byte. */
export async function deliver(url: string, plan: Delivery[], concurrency: number, secret: string) {
  const agent = new Agent({ keepAlive: true, maxSockets: concurrency });
  const outcomes: Outcome[] = new Array(plan.length);
  const started = performance.now();
  try {
    await forEachConcurrently(plan, concurrency, async (d, i) => {
      const headers = { "content-type": "application/json", "stripe-signature": signature(d, secret) };
      const t = performance.now();
      const { status, body } = await post(agent, url, headers, d.event.payload);
      outcomes[i] = { kind: d.kind, status, body, ms: performance.now() - t };
    });
  } finally {
    agent.destroy();
  }
  return { outcomes, seconds: (performance.now() - started) / 1000 };
}

/** The q-quantile (nearest rank) of latencies in ms. */
export function quantile(ms: number[], q: number): number {
  const sorted = [...ms].sort((a, b) => a - b);
  return sorted[Math.max(0, Math.ceil(q * sorted.length) - 1)] ?? 0;
}
