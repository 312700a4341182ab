import type { Deps } from "~/server/container";
import { ping } from "./system.repository";

/** Liveness plus a round trip to the database. */
export async function health(deps: Deps) {
  await ping(deps);
  return { status: "ok" as const };
}
