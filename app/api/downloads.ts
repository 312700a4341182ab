// Downloads that cost the servers (PDFs, CSV exports) count against the caller's rate limits before any work.
import { plainRefusal, routeErrorOf } from "~/server/api/http";
import { clientIp } from "~/server/auth/auth";
import type { Principal } from "~/server/auth/principal";
import { countExpensiveCall } from "~/server/auth/rate-limit";
import { getDeps } from "~/server/container";

/** 429 with Retry-After past the person's or the address's limit a minute; null: go ahead. */
export async function downloadRefused(request: Request, actor: Principal | null): Promise<Response | null> {
  try {
    await countExpensiveCall(getDeps(), { userId: actor?.userId ?? null, ip: clientIp(request.headers) });
    return null;
  } catch (e) {
    const refused = routeErrorOf(e);
    if (!refused) throw e;
    return plainRefusal(refused);
  }
}
