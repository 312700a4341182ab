// How the PDF download routes answer what the router refused: plain responses, never a 500 for a bad request.
import { TRPCError } from "@trpc/server";
import type { Translate } from "./format";

const status: Partial<Record<TRPCError["code"], number>> = {
  UNAUTHORIZED: 401, FORBIDDEN: 403, NOT_FOUND: 404, BAD_REQUEST: 400, CONFLICT: 409, PRECONDITION_FAILED: 409,
};

export const plain = (code: number, text: string) =>
  new Response(text, { status: code, headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" } });

/** Runs a download; the router's refusals become their HTTP status with a short plain text. */
export async function pdfRoute(run: () => Promise<Response>): Promise<Response> {
  try {
    return await run();
  } catch (e) {
    const code = e instanceof TRPCError ? status[e.code] : undefined;
    if (code === undefined) throw e;
    return plain(code, e instanceof TRPCError && code !== 400 ? e.code.replace(/_/g, " ").toLowerCase() : "bad request");
  }
}

/** next-intl's typed translator, used with keys built at run time. */
export const asTranslate = (t: unknown): Translate => t as Translate;
