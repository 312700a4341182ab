// Uploads arrive as multipart form data (field "files", up to five): binary does not belong in tRPC's JSON.
import { Id } from "~/server/lib/ids";
import { ATTACHMENT_MAX_BYTES, ATTACHMENTS_PER_ACTION } from "~/server/modules/tickets/attachment-rules";
import { addAttachments } from "~/server/modules/tickets/tickets.service";
import { attachmentContext, errorResponse, failure, isCrossSite } from "~/app/api/attachments/http";

export const dynamic = "force-dynamic";

// Room for the multipart framing around five full files.
const MAX_BODY = ATTACHMENTS_PER_ACTION * ATTACHMENT_MAX_BYTES + 256 * 1024;

export async function POST(req: Request, { params }: { params: Promise<{ id: string }> }) {
  if (isCrossSite(req)) return failure("FORBIDDEN");
  const { deps, actor } = await attachmentContext(req);
  if (!actor) return failure("UNAUTHORIZED");
  const ticketId = Id.safeParse((await params).id);
  if (!ticketId.success) return failure("NOT_FOUND");
  if (Number(req.headers.get("content-length") ?? 0) > MAX_BODY)
    return failure("PAYLOAD_TOO_LARGE", { problem: "too_big", fileName: null });

  let form: FormData;
  try {
    form = await req.formData();
  } catch {
    return failure("BAD_REQUEST", { problem: "missing", fileName: null });
  }
  const files = form.getAll("files").filter((f): f is File => typeof f !== "string");
  try {
    // The body is bounded above, so reading it whole is too; the use case checks scope first, then the files.
    const incoming = await Promise.all(files.map(async (f) => ({ name: f.name, bytes: new Uint8Array(await f.arrayBuffer()) })));
    const attachments = await addAttachments(deps, actor, { ticketId: ticketId.data, files: incoming });
    return Response.json({ attachments }, { status: 201, headers: { "Cache-Control": "no-store" } });
  } catch (e) {
    return errorResponse(e);
  }
}
