// What a ticket accepts as an attachment, decided by the bytes themselves: the client's file name
// and declared Content-Type are never trusted. Pure, so the browser can pre-check with the same rules.
import { fileTypeFromBuffer } from "file-type";

export const ATTACHMENT_MAX_BYTES = 5 * 1024 * 1024;
export const ATTACHMENTS_PER_ACTION = 5;
/** What one ticket holds in all: a fault is shown in a few photos, not an archive. */
export const ATTACHMENTS_PER_TICKET = 20;
export const ATTACHMENT_BYTES_PER_TICKET = 50 * 1024 * 1024;
const FILE_NAME_MAX = 200;

const extensions = {
  "image/jpeg": ["jpg", "jpeg"],
  "image/png": ["png"],
  "image/webp": ["webp"],
  "application/pdf": ["pdf"],
} as const;
export type AttachmentType = keyof typeof extensions;
/** For the file input's accept attribute (a hint only; the bytes decide). */
export const attachmentAccept = Object.values(extensions)
  .flat()
  .map((e) => `.${e}`)
  .join(",");

export type AttachmentProblem = "missing" | "too_many" | "empty" | "too_big" | "wrong_type" | "quota";
export type FileProblem = { problem: AttachmentProblem; fileName: string | null };

export interface IncomingFile {
  name: string;
  bytes: Uint8Array;
}
export interface CheckedFile {
  fileName: string;
  contentType: AttachmentType;
  bytes: Uint8Array;
}

const isAllowed = (mime: string): mime is AttachmentType => mime in extensions;

/** The allowed type the bytes really are, or null (an .exe renamed .png is null). */
export async function sniffType(bytes: Uint8Array): Promise<AttachmentType | null> {
  const found = await fileTypeFromBuffer(bytes);
  return found && isAllowed(found.mime) ? found.mime : null;
}

// Control and bidirectional-override characters: they can hide a name's real ending on screen.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const hidden = /[\u0000-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/** Only the last path segment, no hidden characters, at most 200 characters, ending as its type does. */
export function sanitiseFileName(name: string, type: AttachmentType): string {
  const base = (name.split(/[/\\]/).pop() ?? "").replace(hidden, "").replace(/\s+/g, " ").trim().replace(/^\.+/, "");
  const dot = base.lastIndexOf(".");
  const ext = dot > 0 ? base.slice(dot + 1).toLowerCase() : "";
  const fits = (extensions[type] as readonly string[]).includes(ext);
  const stem = (fits ? base.slice(0, dot) : base) || "attachment";
  const suffix = `.${fits ? ext : extensions[type][0]}`;
  return [...stem].slice(0, FILE_NAME_MAX - suffix.length).join("") + suffix;
}

/** Checks that need no bytes: how many, how big (the browser runs these before uploading). */
export function checkSizes(files: { name: string; size: number }[]): FileProblem | null {
  if (files.length === 0) return { problem: "missing", fileName: null };
  if (files.length > ATTACHMENTS_PER_ACTION) return { problem: "too_many", fileName: null };
  const empty = files.find((f) => f.size === 0);
  if (empty) return { problem: "empty", fileName: empty.name };
  const big = files.find((f) => f.size > ATTACHMENT_MAX_BYTES);
  return big ? { problem: "too_big", fileName: big.name } : null;
}

/** Whether adding `incoming` would take the ticket past what one ticket holds (count or bytes). */
export function exceedsTicketQuota(existing: { size: number }[], incoming: { size: number }[]): boolean {
  const bytes = [...existing, ...incoming].reduce((sum, f) => sum + f.size, 0);
  return existing.length + incoming.length > ATTACHMENTS_PER_TICKET || bytes > ATTACHMENT_BYTES_PER_TICKET;
}

/** Every rule, first problem wins; on success the files with their sniffed type and safe name. */
export async function checkAttachments(
  files: IncomingFile[],
): Promise<{ ok: true; files: CheckedFile[] } | { ok: false; problem: FileProblem }> {
  const sizes = checkSizes(files.map((f) => ({ name: f.name, size: f.bytes.byteLength })));
  if (sizes) return { ok: false, problem: sizes };
  const checked: CheckedFile[] = [];
  for (const f of files) {
    const contentType = await sniffType(f.bytes);
    if (!contentType) return { ok: false, problem: { problem: "wrong_type", fileName: f.name } };
    checked.push({ fileName: sanitiseFileName(f.name, contentType), contentType, bytes: f.bytes });
  }
  return { ok: true, files: checked };
}
