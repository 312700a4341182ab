// Files on a ticket: customers (their own tickets) and staff (dispatchers any, technicians their
// assignments) attach photos and PDFs; the bytes go to the blob store, the record and a public
// "attachment" timeline entry to the repair system in one change.
import { randomUUID, createHash } from "node:crypto";
import type { Principal } from "~/server/auth/principal";
import { scopeOf } from "~/server/auth/scope";
import type { Deps } from "~/server/container";
import type { AttachmentRecord, TicketFilter } from "~/server/gateways/repair/repair-gateway";
import { DomainError, forbidden, notFound } from "~/server/lib/errors";
import type { BlobStore, StoredBlob } from "~/server/storage/blob-store";
import { checkAttachments, exceedsTicketQuota, type FileProblem, type IncomingFile } from "../attachment-rules";
import { isOpen } from "../tickets.policy";
import type { AttachmentView, ListAttachmentsInput } from "../tickets.schemas";

export type AttachmentDeps = Deps & { blobs: BlobStore };

/** A rejected upload; `problem` keys the translated message (never the text). */
export class AttachmentRejected extends DomainError {
  constructor(readonly problem: FileProblem) {
    super("VALIDATION", `attachment rejected: ${problem.problem}`, { field: "files" });
  }
}

/** Which tickets the caller may attach to and read files of: the same rule as reading the ticket. */
function attachmentFilter(actor: Principal): TicketFilter {
  if (actor.kind === "customer") return { scope: scopeOf(actor) };
  if (actor.permissions.includes("tickets.read-all")) return { all: true };
  if (actor.permissions.includes("tickets.work-assigned")) return { technicianId: actor.userId };
  throw forbidden("no access to tickets");
}

const attachmentView = ({ id, eventSeq, fileName, contentType, size, createdAt }: AttachmentRecord): AttachmentView => ({
  id,
  eventSeq,
  fileName,
  contentType,
  size,
  createdAt,
});

/** The upload route asks before it reads a byte of the body: a ticket the caller cannot attach to is NOT_FOUND. */
export async function assertMayAttach({ repair }: Deps, actor: Principal, ticketId: string): Promise<void> {
  if (!(await repair.getTicket(ticketId, attachmentFilter(actor)))) throw notFound("ticket");
}

export async function listAttachments({ repair }: Deps, actor: Principal, input: ListAttachmentsInput): Promise<AttachmentView[]> {
  const found = await repair.listAttachments(input.ticketId, attachmentFilter(actor));
  if (!found) throw notFound("ticket");
  return found.map(attachmentView);
}

/** Open tickets, and a fixed one the customer may still show is not fixed. */
const acceptsFiles = (state: Parameters<typeof isOpen>[0]) => isOpen(state) || state === "resolved";

export async function addAttachments(
  deps: AttachmentDeps,
  actor: Principal,
  input: { ticketId: string; files: IncomingFile[] },
): Promise<AttachmentView[]> {
  const filter = attachmentFilter(actor);
  // Scope first: another tenant's ticket is NOT_FOUND whatever the files are.
  const existing = await deps.repair.listAttachments(input.ticketId, filter);
  if (!existing) throw notFound("ticket");
  const checked = await checkAttachments(input.files);
  if (!checked.ok) throw new AttachmentRejected(checked.problem);
  if (
    exceedsTicketQuota(
      existing,
      checked.files.map((f) => ({ size: f.bytes.byteLength })),
    )
  ) {
    throw new AttachmentRejected({ problem: "quota", fileName: null });
  }

  const stored = await Promise.all(
    checked.files.map(async (f) => ({
      fileName: f.fileName,
      contentType: f.contentType,
      size: f.bytes.byteLength,
      sha256: createHash("sha256").update(f.bytes).digest("hex"),
      blobRef: await deps.blobs.put(`tickets/${input.ticketId}/${randomUUID()}`, f.bytes, f.contentType),
    })),
  );
  const refs = new Set(stored.map((s) => s.blobRef));
  try {
    const author = { kind: actor.kind === "customer" ? ("customer" as const) : ("staff" as const), userId: actor.userId };
    const ticket = await deps.repair.updateTicket(input.ticketId, filter, author, deps.clock.now(), (t) => {
      if (!acceptsFiles(t.state))
        throw new DomainError("INVALID_STATE", `cannot attach files to a ticket that is ${t.state}`, { entity: "ticket" });
      return { attachments: stored };
    });
    if (!ticket) throw notFound("ticket");
  } catch (e) {
    await Promise.all([...refs].map((ref) => deps.blobs.delete(ref)));
    throw e;
  }
  const all = (await deps.repair.listAttachments(input.ticketId, filter)) ?? [];
  // In the order they were sent.
  return stored.flatMap((s) => all.filter((a) => a.blobRef === s.blobRef)).map(attachmentView);
}

/** The file and its bytes for a download, under the same access rule as its ticket. */
export async function openAttachment(
  deps: AttachmentDeps,
  actor: Principal,
  attachmentId: string,
): Promise<{ attachment: AttachmentView; blob: StoredBlob }> {
  const record = await deps.repair.findAttachment(attachmentId, attachmentFilter(actor));
  const blob = record && (await deps.blobs.get(record.blobRef));
  if (!record || !blob) throw notFound("attachment");
  return { attachment: attachmentView(record), blob: { bytes: blob.bytes, contentType: record.contentType } };
}
