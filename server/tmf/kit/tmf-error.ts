// TMF errors: every refusal of the facades is the spec's Error object, {code, reason, message, status}.
// Domain errors keep their HTTP status from the one error table (server/api/errors.ts).
import { toHttp } from "~/server/api/errors";
import { DomainError } from "~/server/lib/errors";

export class TmfError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    readonly reason: string,
    message: string = reason,
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
    this.name = "TmfError";
  }
}

export const badRequest = (message: string) => new TmfError(400, "VALIDATION", "Bad request", message);
export const notFoundError = (what: string) => new TmfError(404, "NOT_FOUND", "Not found", `${what} not found`);
export const unauthorized = (message: string) =>
  new TmfError(401, "UNAUTHORIZED", "Unauthorized", message, { "WWW-Authenticate": 'Bearer realm="tmf-api"' });

const reasons: Record<DomainError["code"], string> = {
  NOT_FOUND: "Not found",
  FORBIDDEN: "Forbidden",
  CONFLICT: "Conflict",
  INVALID_STATE: "Invalid state",
  UPSTREAM_UNAVAILABLE: "Service unavailable",
  RATE_LIMITED: "Too many requests",
  VALIDATION: "Bad request",
};

export function tmfErrorOf(error: unknown): TmfError | null {
  if (error instanceof TmfError) return error;
  if (error instanceof DomainError) return new TmfError(toHttp[error.code], error.code, reasons[error.code], error.message);
  return null;
}

export function errorResponse(error: TmfError): Response {
  const body = { code: error.code, reason: error.reason, message: error.message, status: String(error.status), "@type": "Error" };
  return Response.json(body, { status: error.status, headers: { "Cache-Control": "no-store", ...error.headers } });
}
