// The one error table: DomainError → tRPC code. Unknown errors become INTERNAL with a request id.
import { TRPCError } from "@trpc/server";
import type { TRPC_ERROR_CODE_KEY } from "@trpc/server";
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

export function toTrpcError(error: unknown, requestId: string): TRPCError {
  if (error instanceof TRPCError && error.code !== "INTERNAL_SERVER_ERROR") return error;
  if (error instanceof TRPCError && error.cause) return toTrpcError(error.cause, requestId);
  if (error instanceof DomainError) return new TRPCError({ code: toTrpc[error.code], message: error.message, cause: error });
  logger.error("unhandled error", { requestId, error: error instanceof Error ? error.stack : String(error) });
  return new TRPCError({ code: "INTERNAL_SERVER_ERROR", message: `Internal error (request ${requestId})` });
}
