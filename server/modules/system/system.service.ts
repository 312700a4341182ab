import type { Deps } from "~/server/container";

/** Liveness plus a round trip to the database. */
export async function health({ db }: Deps) {
  await db.$queryRaw`SELECT 1`;
  return { status: "ok" as const };
}
