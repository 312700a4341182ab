// The one error vocabulary of the domain. Transport maps it (server/api/errors.ts); nothing matches on message text.

export const domainErrorCodes = [
  "NOT_FOUND",
  "FORBIDDEN",
  "CONFLICT",
  "INVALID_STATE",
  "UPSTREAM_UNAVAILABLE",
  "RATE_LIMITED",
  "VALIDATION",
] as const;
export type DomainErrorCode = (typeof domainErrorCodes)[number];

export class DomainError extends Error {
  constructor(
    readonly code: DomainErrorCode,
    message: string,
    readonly details: { field?: string; entity?: string; retryAfterSeconds?: number } = {},
  ) {
    super(message);
    this.name = "DomainError";
  }
}

/** Same answer whether the object is absent or belongs to someone else. */
export const notFound = (entity: string) => new DomainError("NOT_FOUND", `${entity} not found`, { entity });
export const forbidden = (why = "forbidden") => new DomainError("FORBIDDEN", why);
export const invalid = (field: string, message: string) => new DomainError("VALIDATION", message, { field });
export const conflict = (message: string) => new DomainError("CONFLICT", message);
