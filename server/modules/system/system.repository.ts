import type { HasDb } from "~/server/db/transaction";

/** A round trip to the database. */
export const ping = async ({ db }: HasDb) => {
  await db.$queryRaw`SELECT 1`;
};
