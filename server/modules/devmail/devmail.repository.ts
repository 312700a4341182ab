import type { HasDb } from "~/server/db/transaction";

const newest = { orderBy: { receivedAt: "desc" }, take: 100 } as const;

/** The newest hundred messages the local catcher received. */
export const latestMail = ({ db }: HasDb) => db.devMail.findMany(newest);

/** The newest hundred addressed to one address (the catcher joins a message's recipients with ", "). */
export const latestMailTo = ({ db }: HasDb, email: string) =>
  db.devMail.findMany({
    ...newest,
    where: {
      OR: [
        { to: { equals: email, mode: "insensitive" } },
        { to: { startsWith: `${email}, `, mode: "insensitive" } },
        { to: { endsWith: `, ${email}`, mode: "insensitive" } },
        { to: { contains: `, ${email}, `, mode: "insensitive" } },
      ],
    },
  });
