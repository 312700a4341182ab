import "server-only";
import { TRPCError } from "@trpc/server";
import { headers } from "next/headers";
import { notFound, redirect } from "next/navigation";
import { cache } from "react";
import { createContext } from "~/server/api/context";
import { createCaller } from "~/server/api/root";

/** The tRPC router called in-process from server components, as the signed-in person. */
export const api = cache(async () => {
  const ctx = await createContext(await headers());
  return Object.assign(createCaller(ctx), { actor: ctx.actor });
});

/** Turns the router's answers into pages: absent or someone else's → 404; signed out → sign-in. */
export async function orPage<T>(call: Promise<T>): Promise<T> {
  try {
    return await call;
  } catch (e) {
    if (e instanceof TRPCError && e.code === "NOT_FOUND") notFound();
    if (e instanceof TRPCError && e.code === "UNAUTHORIZED") redirect("/sign-in");
    if (e instanceof TRPCError && e.code === "BAD_REQUEST") notFound();
    throw e;
  }
}
