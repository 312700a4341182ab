"use client";
// Browser side of attachments: the same size and type rules as the server (which decides anyway),
// so a wrong file is caught before anything is sent; then one multipart POST per action.
import { useTranslations } from "next-intl";
import type { AttachmentErrorBody } from "~/app/api/attachments/http";
import { checkSizes, sniffType, type FileProblem } from "~/server/modules/tickets/attachment-rules";

// file-type reads at most this many leading bytes to recognise the formats we allow.
const SNIFF_BYTES = 4100;

export async function precheckFiles(files: File[]): Promise<FileProblem | null> {
  const sizes = checkSizes(files);
  if (sizes) return sizes;
  for (const f of files) {
    if (!(await sniffType(new Uint8Array(await f.slice(0, SNIFF_BYTES).arrayBuffer())))) return { problem: "wrong_type", fileName: f.name };
  }
  return null;
}

export type UploadResult = { ok: true; count: number } | { ok: false; error: AttachmentErrorBody };

/** Multipart, not tRPC: binary does not belong in JSON. */
export async function uploadAttachments(ticketId: string, files: File[]): Promise<UploadResult> {
  const body = new FormData();
  for (const f of files) body.append("files", f, f.name);
  try {
    const res = await fetch(`/api/tickets/${ticketId}/attachments`, { method: "POST", body });
    const json = (await res.json().catch(() => ({ code: "INTERNAL_SERVER_ERROR" }))) as { attachments?: unknown[] } & AttachmentErrorBody;
    return res.ok ? { ok: true, count: json.attachments?.length ?? files.length } : { ok: false, error: json };
  } catch {
    return { ok: false, error: { code: "SERVICE_UNAVAILABLE" } };
  }
}

/** A translated message for a file problem or a failed upload, keyed by code (never by text). */
export function useAttachmentErrorText() {
  const t = useTranslations("tickets.attachments.problems");
  const errors = useTranslations("errors");
  return (error: AttachmentErrorBody | FileProblem) => {
    if ("problem" in error && error.problem) return t(error.problem, { name: error.fileName ?? "" });
    const code = "code" in error ? error.code : "";
    return errors.has(code as "NOT_FOUND") ? errors(code as "NOT_FOUND") : errors("INTERNAL_SERVER_ERROR");
  };
}
