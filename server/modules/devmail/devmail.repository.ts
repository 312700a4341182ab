import type { HasDb } from "~/server/db/transaction";

/** The newest hundred messages the local catcher received. */
export const latestMail = ({ db }: HasDb) => db.devMail.findMany({ orderBy: { receivedAt: "desc" }, take: 100 });
