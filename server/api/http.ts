// Route handlers (downloads, uploads) answer a refused call the way the tRPC endpoint would: the status
// comes from errors.ts, the body names the same code the tRPC client sees. Anything unexpected is rethrown
// (Next logs it and answers 500 without details).
import { TRPCError, type TRPC_ERROR_CODE_KEY } from "@trpc/server";
import { getHTTPStatusCodeFromError } from "@trpc/server/http";
import { isDatabaseUnavailable } from "~/server/lib/database-unavailable";
import { DomainError } from "~/server/lib/errors";
import { toHttp, toTrpc } from "./errors";

/** retryAfterSeconds: a rate limit's wait, answered as Retry-After. */
export type RouteError = { status: number; code: TRPC_ERROR_CODE_KEY; retryAfterSeconds?: number };

/** What a caller did wrong, as status + tRPC code; null for an unexpected error. */
export function routeErrorOf(error: unknown): RouteError | null {
  if (error instanceof DomainError) {
    const { retryAfterSeconds } = error.details;
    return { status: toHttp[error.code], code: toTrpc[error.code], ...(retryAfterSeconds ? { retryAfterSeconds } : {}) };
  }
  if (isDatabaseUnavailable(error)) return { status: 503, code: "SERVICE_UNAVAILABLE" };
  if (!(error instanceof TRPCError)) return null;
  if (error.cause instanceof DomainError) return routeErrorOf(error.cause);
  if (error.code === "INTERNAL_SERVER_ERROR") return null;
  return { status: getHTTPStatusCodeFromError(error), code: error.code };
}

/** A refusal the handler decides itself (signed out, malformed id), with the status tRPC gives that code. */
export const refusal = (code: TRPC_ERROR_CODE_KEY): RouteError => ({ status: getHTTPStatusCodeFromError(new TRPCError({ code })), code });

export const plain = (status: number, text: string, headers: Record<string, string> = {}) =>
  new Response(text, { status, headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store", ...headers } });

/** A short plain text body: "not found", "forbidden", … (429 says when to come back). */
export const plainRefusal = ({ status, code, retryAfterSeconds }: RouteError) =>
  plain(status, code.replace(/_/g, " ").toLowerCase(), retryAfterSeconds ? { "Retry-After": String(retryAfterSeconds) } : {});

/** Runs a handler; a refused call becomes `render(error)` (plain text by default). */
export async function routeAnswer(run: () => Promise<Response>, render: (e: RouteError) => Response = plainRefusal): Promise<Response> {
  try {
    return await run();
  } catch (e) {
    const refused = routeErrorOf(e);
    if (!refused) throw e;
    return render(refused);
  }
}
