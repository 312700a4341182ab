import { randomUUID } from "node:crypto";
import { clientIp, currentSession } from "~/server/auth/auth";
import { ACTIVE_CUSTOMER_COOKIE, readCookie } from "~/server/auth/cookies";
import { getDeps } from "~/server/container";
import { loadPrincipal } from "~/server/modules/identity/identity.service";
import type { Context } from "./trpc";

/** Builds the request context from the session cookie and the chosen customer. */
export async function createContext(headers: Headers): Promise<Context> {
  const deps = getDeps();
  const session = await currentSession();
  const customerId = readCookie(headers.get("cookie"), ACTIVE_CUSTOMER_COOKIE);
  const actor = session ? await loadPrincipal(deps, session, customerId) : null;
  return { deps, actor, requestId: randomUUID(), ip: clientIp(headers) };
}
