// What every handler needs: the state, the event outbox and the clock (tests fix it, so nothing reads Date directly).
import type { Params } from "./params";
import type { Store } from "./store";
import type { StripeObject } from "./types";
import type { WebhookDispatcher } from "./webhooks";

export type Ctx = { store: Store; hooks: WebhookDispatcher; now: () => Date; publicUrl: () => string };

export type ApiResult = { status?: number; body: unknown };

export type Route = {
  method: "GET" | "POST";
  path: RegExp;
  handle: (ctx: Ctx, params: Params, ids: string[]) => ApiResult | unknown;
};

export function unixNow(ctx: Ctx): number {
  return Math.floor(ctx.now().getTime() / 1000);
}

// expand[]=payment_intent.latest_charge: replace id fields by the objects they name, one dotted segment at a time.
export function expand(ctx: Ctx, obj: StripeObject, paths: string[]): unknown {
  let out: Record<string, unknown> = { ...obj };
  for (const path of paths) out = expandPath(ctx, out, path.split("."));
  return out;
}

function expandPath(ctx: Ctx, obj: Record<string, unknown>, segments: string[]): Record<string, unknown> {
  const [head, ...rest] = segments;
  if (head === undefined) return obj;
  const value = obj[head];
  const target = typeof value === "string" ? ctx.store.any(value) : value && typeof value === "object" ? value : undefined;
  if (!target) return obj;
  return { ...obj, [head]: expandPath(ctx, { ...(target as Record<string, unknown>) }, rest) };
}
