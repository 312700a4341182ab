import type { Prisma } from "~/server/db/generated/client";

/** The lines a search box finds: by number, label, the person holding it or its cost centre (case-insensitive). */
export const lineSearchWhere = (q: string): Prisma.ServiceWhereInput => ({
  OR: [
    { identifier: { contains: q, mode: "insensitive" } },
    { label: { contains: q, mode: "insensitive" } },
    { assignedUser: { name: { contains: q, mode: "insensitive" } } },
    { costCentre: { name: { contains: q, mode: "insensitive" } } },
  ],
});
