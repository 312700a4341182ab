// The error tables, side by side: DomainError → tRPC code (procedures) and → HTTP status (route handlers).
// Unknown errors become INTERNAL with a request id.
import { TRPCError } from "@trpc/server";
import type { TRPC_ERROR_CODE_KEY } from "@trpc/server";
import { isDatabaseUnavailable } from "~/server/lib/database-unavailable";
import { DomainError, type DomainErrorCode } from "~/server/lib/errors";
import { logger } from "~/server/lib/logger";

export const toTrpc = {
  NOT_FOUND: "NOT_FOUND",
  FORBIDDEN: "FORBIDDEN",
  CONFLICT: "CONFLICT",
  INVALID_STATE: "PRECONDITION_FAILED",
  UPSTREAM_UNAVAILABLE: "SERVICE_UNAVAILABLE",
  RATE_LIMITED: "TOO_MANY_REQUESTS",
  VALIDATION: "BAD_REQUEST",
} as const satisfies Record<DomainErrorCode, TRPC_ERROR_CODE_KEY>;

/** The status a route handler answers with: the one the tRPC endpoint gives the same error (errors.test.ts holds them equal). */
export const toHttp = {
  NOT_FOUND: 404,
  FORBIDDEN: 403,
  CONFLICT: 409,
  INVALID_STATE: 412,
  UPSTREAM_UNAVAILABLE: 503,
  RATE_LIMITED: 429,
  VALIDATION: 400,
} as const satisfies Record<DomainErrorCode, number>;

export function toTrpcError(error: unknown, requestId: string): TRPCError {
  if (error instanceof TRPCError && error.code !== "INTERNAL_SERVER_ERROR") return error;
  if (error instanceof TRPCError && error.cause) return toTrpcError(error.cause, requestId);
  if (error instanceof DomainError) return new TRPCError({ code: toTrpc[error.code], message: error.message, cause: error });
  if (isDatabaseUnavailable(error)) {
    // Not a bug: PostgreSQL is away (restarting, failing over). The caller may try again; one line in the log, no stack.
    logger.warn("database unavailable", { requestId });
    return new TRPCError({ code: "SERVICE_UNAVAILABLE", message: `Service briefly unavailable (request ${requestId})` });
  }
  logger.error("unhandled error", { requestId, error: error instanceof Error ? error.stack : String(error) });
  return new TRPCError({ code: "INTERNAL_SERVER_ERROR", message: `Internal error (request ${requestId})` });
}
