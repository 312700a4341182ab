// Uploads arrive as multipart form data (field "files", up to five): binary does not belong in tRPC's JSON.
import { Id } from "~/server/lib/ids";
import { withByteLimit } from "~/server/lib/byte-limit";
import { ATTACHMENT_MAX_BYTES, ATTACHMENTS_PER_ACTION } from "~/server/modules/tickets/attachment-rules";
import { addAttachments, assertMayAttach } from "~/server/modules/tickets/tickets.service";
import { attachmentContext, errorResponse, failure } from "~/app/api/attachments/http";

export const dynamic = "force-dynamic";

// Room for the multipart framing around five full files.
const MAX_BODY = ATTACHMENTS_PER_ACTION * ATTACHMENT_MAX_BYTES + 256 * 1024;
const tooBig = () => failure("PAYLOAD_TOO_LARGE", { problem: "too_big", fileName: null });

export async function POST(req: Request, { params }: { params: Promise<{ id: string }> }) {
  const { deps, actor } = await attachmentContext(req);
  if (!actor) return failure("UNAUTHORIZED");
  const ticketId = Id.safeParse((await params).id);
  if (!ticketId.success) return failure("NOT_FOUND");
  try {
    // Before a byte of the body is read: someone else's ticket costs us no upload.
    await assertMayAttach(deps, actor, ticketId.data);
  } catch (e) {
    return errorResponse(e);
  }
  if (Number(req.headers.get("content-length") ?? 0) > MAX_BODY) return tooBig();

  // A chunked body has no Content-Length: the limit is enforced while it streams in.
  const limited = withByteLimit(req, MAX_BODY);
  let form: FormData;
  try {
    form = await limited.request.formData();
  } catch {
    return limited.exceeded() ? tooBig() : failure("BAD_REQUEST", { problem: "missing", fileName: null });
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
