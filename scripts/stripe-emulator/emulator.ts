// A local stand-in for api.stripe.com (and its hosted checkout page) for development and tests.
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { handleApi } from "./api";
import { showCheckout, submitCheckout } from "./checkout-submit";
import type { Ctx } from "./context";
import { readBody, sendJson } from "./http-io";
import { Store } from "./store";
import { type DeliveryOptions, WebhookDispatcher } from "./webhooks";

export type StripeEmulator = {
  url: string;
  port: number;
  /** Resolves once every webhook emitted so far was delivered or gave up (tests wait on it, never on a sleep). */
  settled(timeoutMs?: number): Promise<void>;
  stop(): Promise<void>;
};

export type StripeEmulatorOptions = {
  port?: number;
  webhookUrl?: string;
  webhookSecret: string;
  publicUrl?: string;
  now?: () => Date;
  delivery?: DeliveryOptions;
  stateFile?: string;
};

export async function startStripeEmulator(options: StripeEmulatorOptions): Promise<StripeEmulator> {
  const now = options.now ?? (() => new Date());
  const store = new Store(options.stateFile);
  const hooks = new WebhookDispatcher(options.webhookUrl, options.webhookSecret, now, options.delivery);
  let baseUrl = "";
  const ctx: Ctx = { store, hooks, now, publicUrl: () => options.publicUrl?.replace(/\/$/, "") ?? baseUrl };

  const server = createServer((req, res) => {
    const url = new URL(req.url ?? "/", "http://127.0.0.1");
    readBody(req)
      .then((body) => {
        const page = /^\/checkout\/([^/]+)$/.exec(url.pathname);
        if (page) {
          const id = decodeURIComponent(page[1]!);
          return req.method === "POST" ? submitCheckout(ctx, res, id, body) : showCheckout(ctx, res, id);
        }
        handleApi(ctx, req, res, url, body);
      })
      .catch((err: unknown) => {
        if (res.headersSent) return res.destroy();
        const message = err instanceof Error ? err.message : String(err);
        sendJson(res, 500, JSON.stringify({ error: { type: "api_error", message } }));
      });
  });

  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port ?? 0, "127.0.0.1", () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  baseUrl = `http://127.0.0.1:${port}`;

  return {
    url: baseUrl,
    port,
    settled: async (timeoutMs = 30_000) => {
      for (const deadline = Date.now() + timeoutMs; !hooks.idle();) {
        if (Date.now() > deadline) throw new Error("webhooks still pending");
        await new Promise((r) => setTimeout(r, 10));
      }
    },
    stop: async () => {
      hooks.stop();
      // Keep-alive sockets (the SDK pools them) would otherwise hold close() open.
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
