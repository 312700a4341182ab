// Downloads: always as an attachment, with the type sniffed at upload, never rendered inline here.
import { Id } from "~/server/lib/ids";
import { openAttachment } from "~/server/modules/tickets/tickets.service";
import { attachmentContext, contentDisposition, errorResponse, failure } from "../http";

export const dynamic = "force-dynamic";

export async function GET(req: Request, { params }: { params: Promise<{ id: string }> }) {
  const { deps, actor } = await attachmentContext(req);
  if (!actor) return failure("UNAUTHORIZED");
  const id = Id.safeParse((await params).id);
  if (!id.success) return failure("NOT_FOUND");
  try {
    const { attachment, blob } = await openAttachment(deps, actor, id.data);
    return new Response(new Uint8Array(blob.bytes), {
      headers: {
        "Content-Type": attachment.contentType,
        "Content-Length": String(blob.bytes.byteLength),
        "Content-Disposition": contentDisposition(attachment.fileName),
        "X-Content-Type-Options": "nosniff",
        "Content-Security-Policy": "default-src 'none'; sandbox",
        "Cache-Control": "private, no-store",
      },
    });
  } catch (e) {
    return errorResponse(e);
  }
}
