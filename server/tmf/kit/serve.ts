// The HTTP side of every facade: bearer authentication, the per-client rate limit, routing to a collection's
// operations, the TMF list and write conventions, TMF errors, and one audit entry per call.
import { randomUUID } from "node:crypto";
import type { Deps } from "~/server/container";
import { Id } from "~/server/lib/ids";
import { logger } from "~/server/lib/logger";
import { apiClients, type ApiCaller } from "../clients/api-clients.repository";
import { bearerOf } from "../clients/api-keys";
import { listPage, parseListQuery } from "./query";
import { specValidator } from "./spec-schemas";
import type { JsonObject, TmfApi, TmfCollection, TmfContext } from "./tmf-api";
import { badRequest, errorResponse, notFoundError, TmfError, tmfErrorOf, unauthorized } from "./tmf-error";

type Method = "GET" | "POST" | "PATCH";
type RouteParams = { params: Promise<{ path?: string[] }> };

const json = (body: unknown, status: number, headers: Record<string, string> = {}) =>
  Response.json(body, { status, headers: { "Cache-Control": "no-store", ...headers } });

async function authenticate(deps: Deps, request: Request): Promise<ApiCaller> {
  const key = bearerOf(request.headers.get("authorization"));
  if (!key) throw unauthorized("a bearer API key is required");
  const caller = await apiClients(deps.db).byKey(key);
  if (!caller) throw unauthorized("the API key is unknown or revoked");
  return caller;
}

async function throttle(deps: Deps, caller: ApiCaller, now: Date) {
  const { calls, windowEnd } = await apiClients(deps.db).countCall(caller.clientId, now);
  if (calls <= caller.rateLimitPerMinute) return;
  const retryAfter = String(Math.max(1, Math.ceil((windowEnd.getTime() - now.getTime()) / 1000)));
  throw new TmfError(429, "RATE_LIMITED", "Too many requests", `at most ${caller.rateLimitPerMinute} calls a minute`, {
    "Retry-After": retryAfter,
  });
}

async function bodyOf(request: Request, mediaType: RegExp, expected: string): Promise<JsonObject> {
  const type = request.headers.get("content-type") ?? "";
  if (!mediaType.test(type)) throw new TmfError(415, "UNSUPPORTED_MEDIA_TYPE", "Unsupported media type", `send ${expected}`);
  let body: unknown;
  try {
    body = JSON.parse(await request.text());
  } catch {
    throw badRequest("the body is not valid JSON");
  }
  if (body === null || typeof body !== "object" || Array.isArray(body)) throw badRequest("the body must be a JSON object");
  return body as JsonObject;
}

const notAllowed = (allow: string[]) =>
  new TmfError(405, "METHOD_NOT_ALLOWED", "Method not allowed", `allowed: ${allow.join(", ")}`, { Allow: allow.join(", ") });

function allowed(collection: TmfCollection, item: boolean): string[] {
  if (item) return [collection.get && "GET", collection.patch && "PATCH"].filter((m): m is string => !!m);
  return [collection.list && "GET", collection.create && "POST"].filter((m): m is string => !!m);
}

async function dispatch(
  api: TmfApi,
  validate: ReturnType<typeof specValidator>,
  ctx: TmfContext,
  method: Method,
  request: Request,
  path: string[],
) {
  const [name, id, ...rest] = path;
  const collection = name !== undefined && Object.hasOwn(api.collections, name) ? api.collections[name]! : null;
  if (!collection || rest.length > 0) throw notFoundError("resource");
  if (id === undefined) {
    if (method === "GET" && collection.list) {
      const query = parseListQuery(new URL(request.url).searchParams);
      const { page, total } = listPage(await collection.list(ctx, query), query);
      return json(page, 200, { "X-Total-Count": String(total), "X-Result-Count": String(page.length) });
    }
    if (method === "POST" && collection.create) {
      const body = await bodyOf(request, /^application\/(.+\+)?json\b/i, "application/json");
      const problem = collection.createSchema ? validate.problem(collection.createSchema, body) : null;
      if (problem) throw badRequest(problem);
      const created = await collection.create(ctx, body);
      return json(created, 201, { Location: created.href });
    }
    throw notAllowed(allowed(collection, false));
  }
  if (collection.idPattern ? !collection.idPattern.test(id) : !Id.safeParse(id).success) throw notFoundError(name!);
  if (method === "GET" && collection.get) {
    const found = await collection.get(ctx, id);
    if (!found) throw notFoundError(name!);
    return json(found, 200);
  }
  if (method === "PATCH" && collection.patch) {
    const patch = await bodyOf(request, /^application\/merge-patch\+json\b/i, "application/merge-patch+json");
    const problem = collection.patchSchema ? validate.problem(collection.patchSchema, patch) : null;
    if (problem) throw badRequest(problem);
    const patched = await collection.patch(ctx, id, patch);
    if (!patched) throw notFoundError(name!);
    return json(patched, 200);
  }
  throw notAllowed(allowed(collection, true));
}

/** The route handlers of one API (a catch-all route under its base path). */
export function tmfRoute(api: TmfApi, depsOf: () => Deps) {
  // The document is read on the first request (spec-source.ts), not when the route module loads.
  let prepared: { validate: ReturnType<typeof specValidator>; base: string } | null = null;
  const prepare = () => (prepared ??= { validate: specValidator(api.spec), base: api.spec.basePath.replace(/\/$/, "") });

  async function handle(method: Method, request: Request, { params }: RouteParams): Promise<Response> {
    const path = (await params).path ?? [];
    if (method === "GET" && path.length === 1 && path[0] === "openapi.json") {
      try {
        return json(api.spec, 200, { "Cache-Control": "public, max-age=3600" });
      } catch (error) {
        const known = tmfErrorOf(error);
        if (known) return errorResponse(known);
        throw error;
      }
    }
    const deps = depsOf();
    const now = deps.clock.now();
    let caller: ApiCaller | null = null;
    let response: Response;
    try {
      const { validate, base } = prepare();
      caller = await authenticate(deps, request);
      await throttle(deps, caller, now);
      const ctx: TmfContext = {
        deps,
        caller,
        now,
        base: `${new URL(request.url).origin}${base}`,
        idempotencyKey: request.headers.get("idempotency-key"),
      };
      response = await dispatch(api, validate, ctx, method, request, path);
    } catch (error) {
      const known = tmfErrorOf(error);
      if (known) response = errorResponse(known);
      else {
        const requestId = randomUUID();
        logger.error("tmf facade error", { requestId, error: error instanceof Error ? error.stack : String(error) });
        response = errorResponse(new TmfError(500, "INTERNAL", "Internal error", `internal error (request ${requestId})`));
      }
    }
    await apiClients(deps.db).recordCall(caller, {
      method,
      path: new URL(request.url).pathname,
      status: response.status,
      entityId: path[1] ?? null,
    });
    return response;
  }

  return {
    GET: (request: Request, route: RouteParams) => handle("GET", request, route),
    POST: (request: Request, route: RouteParams) => handle("POST", request, route),
    PATCH: (request: Request, route: RouteParams) => handle("PATCH", request, route),
  };
}
