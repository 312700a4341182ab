// What the attachment route handlers share: the caller (as tRPC builds it), the blob store, and
// domain errors as JSON with the same codes the tRPC client sees.
import { toTrpc } from "~/server/api/errors";
import { createContext } from "~/server/api/context";
import { DomainError } from "~/server/lib/errors";
import { logger } from "~/server/lib/logger";
import { AttachmentRejected, type AttachmentDeps } from "~/server/modules/tickets/use-cases/attachments";
import { createPostgresBlobStore } from "~/server/storage/postgres-blob-store";
import type { AttachmentProblem } from "~/server/modules/tickets/attachment-rules";

/** The JSON body of a failed attachment request. */
export type AttachmentErrorBody = { code: string; problem?: AttachmentProblem; fileName?: string | null };

const statusOf: Record<string, number> = {
  NOT_FOUND: 404, FORBIDDEN: 403, CONFLICT: 409, PRECONDITION_FAILED: 412, SERVICE_UNAVAILABLE: 503, TOO_MANY_REQUESTS: 429,
  BAD_REQUEST: 400, UNAUTHORIZED: 401, PAYLOAD_TOO_LARGE: 413,
};

export const failure = (code: keyof typeof statusOf, extra: Omit<AttachmentErrorBody, "code"> = {}) =>
  Response.json({ code, ...extra } satisfies AttachmentErrorBody, { status: statusOf[code] ?? 500, headers: { "Cache-Control": "no-store" } });

export function errorResponse(error: unknown): Response {
  if (error instanceof AttachmentRejected) return failure("BAD_REQUEST", { problem: error.problem.problem, fileName: error.problem.fileName });
  if (error instanceof DomainError) return failure(toTrpc[error.code]);
  logger.error("attachment request failed", { error: error instanceof Error ? error.stack : String(error) });
  return Response.json({ code: "INTERNAL_SERVER_ERROR" }, { status: 500 });
}

/** The signed-in caller and the dependencies with the blob store; actor null = signed out. */
export async function attachmentContext(req: Request) {
  const { deps, actor } = await createContext(req.headers);
  const withBlobs: AttachmentDeps = { ...deps, blobs: createPostgresBlobStore(deps.db) };
  return { deps: withBlobs, actor };
}

/** A browser sends Origin on a POST; one from another site is a forged upload (the cookie is lax, but be sure). */
export function isCrossSite(req: Request): boolean {
  const origin = req.headers.get("origin");
  if (!origin) return false;
  try {
    return new URL(origin).host !== (req.headers.get("x-forwarded-host") ?? req.headers.get("host"));
  } catch {
    return true;
  }
}

/** RFC 6266: an ASCII fallback and the exact UTF-8 name. */
export function contentDisposition(fileName: string): string {
  const ascii = fileName.replace(/[^\x20-\x7e]|["\\]/g, "_");
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(fileName)}`;
}
