// What the attachment route handlers share: the caller (as tRPC builds it) and refusals as JSON with
// the same codes (and statuses, from server/api/errors.ts) the tRPC client sees.
import type { TRPC_ERROR_CODE_KEY } from "@trpc/server";
import { createContext } from "~/server/api/context";
import { refusal, routeErrorOf } from "~/server/api/http";
import { logger } from "~/server/lib/logger";
import { AttachmentRejected } from "~/server/modules/tickets/use-cases/attachments";
import type { AttachmentProblem } from "~/server/modules/tickets/attachment-rules";

/** The JSON body of a failed attachment request. */
export type AttachmentErrorBody = { code: string; problem?: AttachmentProblem; fileName?: string | null };

export const failure = (code: TRPC_ERROR_CODE_KEY, extra: Omit<AttachmentErrorBody, "code"> = {}) =>
  Response.json({ code, ...extra } satisfies AttachmentErrorBody, {
    status: refusal(code).status,
    headers: { "Cache-Control": "no-store" },
  });

export function errorResponse(error: unknown): Response {
  if (error instanceof AttachmentRejected)
    return failure("BAD_REQUEST", { problem: error.problem.problem, fileName: error.problem.fileName });
  const refused = routeErrorOf(error);
  if (refused) return failure(refused.code);
  logger.error("attachment request failed", { error: error instanceof Error ? error.stack : String(error) });
  return Response.json({ code: "INTERNAL_SERVER_ERROR" }, { status: 500 });
}

/** The signed-in caller and the dependencies (the blob store among them); actor null = signed out. */
export async function attachmentContext(req: Request) {
  const { deps, actor } = await createContext(req.headers);
  return { deps, actor };
}

/** RFC 6266: an ASCII fallback and the exact UTF-8 name. */
export function contentDisposition(fileName: string): string {
  const ascii = fileName.replace(/[^\x20-\x7e]|["\\]/g, "_");
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(fileName)}`;
}
