// The SLA file downloads answer like the pages: plain 401/403/404 for callers and bad input, never a 500.
import { TRPCError } from "@trpc/server";
import { MONTH_PATTERN, monthOf } from "./sla-month";

const statusOf: Partial<Record<TRPCError["code"], number>> = { UNAUTHORIZED: 401, FORBIDDEN: 403, NOT_FOUND: 404, BAD_REQUEST: 404 };

/** The `month` query parameter; absent = the current month; malformed = null. */
export function monthParam(req: Request, now: Date): string | null {
  const month = new URL(req.url).searchParams.get("month");
  if (month === null || month === "") return monthOf(now);
  return MONTH_PATTERN.test(month) ? month : null;
}

/** The call's result, or the plain response its error maps to. */
export async function orResponse<T>(call: () => Promise<T>): Promise<{ ok: true; value: T } | { ok: false; response: Response }> {
  try {
    return { ok: true, value: await call() };
  } catch (e) {
    const status = e instanceof TRPCError ? statusOf[e.code] : undefined;
    if (status) return { ok: false, response: new Response(null, { status }) };
    throw e;
  }
}
