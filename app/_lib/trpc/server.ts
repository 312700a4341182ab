import "server-only";
import { TRPCError } from "@trpc/server";
import { headers } from "next/headers";
import { forbidden, notFound, redirect } from "next/navigation";
import { cache } from "react";
import { createContext } from "~/server/api/context";
import { createCaller } from "~/server/api/root";
import type { Principal } from "~/server/auth/principal";
import { isDatabaseUnavailable } from "~/server/lib/database-unavailable";
import type { Clock } from "~/server/lib/clock";
import { UNAVAILABLE_DIGEST } from "./unavailable-digest";

/** The tRPC router called in-process from server components, as the signed-in person. */
/**
 * The database is away: the error boundary gets an error whose digest it recognises (Next keeps a digest it is given)
 * and says "temporarily unavailable" instead of "something went wrong".
 */
const unavailable = () => Object.assign(new Error("service temporarily unavailable"), { digest: UNAVAILABLE_DIGEST });

export const api = cache(async () => {
  const ctx = await createContext(await headers()).catch((e: unknown) => {
    throw isDatabaseUnavailable(e) ? unavailable() : e;
  });
  const caller = createCaller(ctx);
  // The caller is a recursive proxy: a property assigned to it is never read back (every key is a
  // procedure path), so `actor` and `clock` (the injected one: pages and route handlers read no other) are
  // answered by a wrapper instead.
  return new Proxy(caller, {
    get: (target, key, receiver) => (key === "actor" ? ctx.actor : key === "clock" ? ctx.deps.clock : Reflect.get(target, key, receiver)),
  }) as typeof caller & { actor: Principal | null; clock: Clock };
});

async function settle<T, R>(call: Promise<T>, refused: () => R): Promise<T | R> {
  try {
    return await call;
  } catch (e) {
    if (e instanceof TRPCError && e.code === "NOT_FOUND") notFound();
    if (e instanceof TRPCError && e.code === "UNAUTHORIZED") redirect("/sign-in");
    if (e instanceof TRPCError && e.code === "BAD_REQUEST") notFound();
    if (e instanceof TRPCError && e.code === "FORBIDDEN") return refused();
    if (e instanceof TRPCError && e.code === "SERVICE_UNAVAILABLE") throw unavailable();
    throw e;
  }
}

/** Turns the router's answers into pages: absent or someone else's → 404; a role the person lacks → 403; signed out → sign-in. */
export const orPage = <T>(call: Promise<T>): Promise<T> => settle(call, () => forbidden());

/** As orPage, but null when the person's role may not use it: the page then says so in place. */
export const orRefused = <T>(call: Promise<T>): Promise<T | null> => settle(call, () => null);
