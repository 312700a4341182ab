// The /v1 JSON API: authentication, routing and Stripe's idempotency semantics.
import type { IncomingMessage, ServerResponse } from "node:http";
import { checkoutRoutes } from "./checkout-api";
import type { ApiResult, Ctx, Route } from "./context";
import { customerRoutes } from "./customers";
import { ApiError } from "./errors";
import { sendJson } from "./http-io";
import { type Params, parseForm } from "./params";
import { paymentRoutes } from "./payments";

const routes: Route[] = [...checkoutRoutes, ...paymentRoutes, ...customerRoutes];

function errorBody(status: number, error: ApiError["body"]): { status: number; body: string } {
  return { status, body: JSON.stringify({ error }) };
}

function run(ctx: Ctx, method: string, path: string, params: Params): { status: number; body: string } {
  const methodMatches = routes.filter((r) => r.path.test(path));
  const route = methodMatches.find((r) => r.method === method);
  if (!route) {
    const message = `Unrecognized request URL (${method}: ${path}).`;
    return errorBody(404, { type: "invalid_request_error", message });
  }
  const ids = (route.path.exec(path) ?? []).slice(1).map((s) => decodeURIComponent(s));
  try {
    const result = route.handle(ctx, params, ids);
    const isResult = typeof result === "object" && result !== null && "body" in result && "status" in result;
    const { status = 200, body } = isResult ? (result as ApiResult) : { body: result };
    return { status, body: JSON.stringify(body) };
  } catch (err) {
    if (err instanceof ApiError) return errorBody(err.status, err.body);
    // Surfaces emulator bugs the way Stripe surfaces its own: a 500 api_error the SDK turns into StripeAPIError.
    return errorBody(500, { type: "api_error", message: err instanceof Error ? err.message : String(err) });
  }
}

export function handleApi(ctx: Ctx, req: IncomingMessage, res: ServerResponse, url: URL, rawBody: string): void {
  const auth = req.headers.authorization ?? "";
  if (!/^Bearer sk_test_\S+$/.test(auth)) {
    const message = "Invalid API Key provided. The emulator accepts any secret test key (sk_test_...).";
    const { status, body } = errorBody(401, { type: "authentication_error", code: "api_key_invalid", message });
    return sendJson(res, status, body);
  }
  const method = req.method ?? "GET";
  const params = method === "POST" ? parseForm(rawBody) : parseForm(url.search.slice(1));
  const key = method === "POST" ? req.headers["idempotency-key"] : undefined;
  if (typeof key !== "string" || key === "") {
    const { status, body } = run(ctx, method, url.pathname, params);
    if (method === "POST") ctx.store.save();
    return sendJson(res, status, body);
  }
  // Same key and same request → the first response, byte for byte; the path is part of "the same parameters".
  const fingerprint = JSON.stringify([method, url.pathname, params]);
  const previous = ctx.store.idempotent(key);
  if (previous) {
    if (previous.fingerprint !== fingerprint) {
      const message =
        "Keys for idempotent requests can only be used with the same parameters they were first used with. " +
        `Try using a key other than '${key}' if you meant to execute a different request.`;
      const { status, body } = errorBody(400, { type: "idempotency_error", message });
      return sendJson(res, status, body);
    }
    return sendJson(res, previous.status, previous.body, { "idempotent-replayed": "true", "idempotency-key": key });
  }
  const { status, body } = run(ctx, method, url.pathname, params);
  // Like Stripe, a server error is not remembered, so retrying it with the same key runs it again.
  if (status < 500) ctx.store.remember(key, { fingerprint, status, body });
  ctx.store.save();
  sendJson(res, status, body, { "idempotency-key": key });
}
