// The company's lines as its admin manages them: who holds each and which cost centre pays for it.
import type { Tx } from "~/server/db/client";
import type { Prisma } from "~/server/db/generated/client";
import type { HasDb } from "~/server/db/transaction";
import { lineSearchWhere } from "~/server/modules/services/line-search";
import type { LineFilter, ListLinesInput } from "./company-lines.schemas";

const select = {
  id: true,
  identifier: true,
  label: true,
  kind: true,
  status: true,
  plan: { select: { name: true } },
  costCentre: { select: { id: true, code: true, name: true } },
  assignedUser: { select: { id: true, name: true, email: true } },
} as const satisfies Prisma.ServiceSelect;
export type LineRow = Prisma.ServiceGetPayload<{ select: typeof select }>;

export function whereOf(customerId: string, f: LineFilter): Prisma.ServiceWhereInput {
  const q = f.q?.trim();
  return {
    customerId,
    ...(f.kind ? { kind: f.kind } : {}),
    ...(f.status ? { status: f.status } : {}),
    ...(f.costCentreId ? { costCentreId: f.costCentreId === "none" ? null : f.costCentreId } : {}),
    ...(f.assignedUserId ? { assignedUserId: f.assignedUserId === "none" ? null : f.assignedUserId } : {}),
    ...(q ? lineSearchWhere(q) : {}),
  };
}

const orderOf = (sort: ListLinesInput["sort"], dir: "asc" | "desc"): Prisma.ServiceOrderByWithRelationInput[] => {
  const by: Record<ListLinesInput["sort"], Prisma.ServiceOrderByWithRelationInput> = {
    identifier: { identifier: dir },
    label: { label: { sort: dir, nulls: "last" } },
    kind: { kind: dir },
    status: { status: dir },
    costCentre: { costCentre: { name: dir } },
    assignedTo: { assignedUser: { name: dir } },
  };
  return [by[sort], { identifier: "asc" }, { id: "asc" }];
};

export async function listLines({ db }: HasDb, customerId: string, input: ListLinesInput) {
  const where = whereOf(customerId, input);
  const [rows, total] = await Promise.all([
    db.service.findMany({
      where,
      select,
      orderBy: orderOf(input.sort, input.dir),
      skip: (input.page - 1) * input.pageSize,
      take: input.pageSize,
    }),
    db.service.count({ where }),
  ]);
  return { rows, total };
}

/** Every line of the filter, a page at a time after the last identifier (keyset, for the CSV export). */
export const linesAfter = (
  { db }: HasDb,
  customerId: string,
  filter: LineFilter,
  after: { identifier: string; id: string } | null,
  take: number,
) =>
  db.service.findMany({
    where: {
      AND: [
        whereOf(customerId, filter),
        after ? { OR: [{ identifier: { gt: after.identifier } }, { identifier: after.identifier, id: { gt: after.id } }] } : {},
      ],
    },
    select,
    orderBy: [{ identifier: "asc" }, { id: "asc" }],
    take,
  });

/** The company's cost centres; an archived one takes no new lines (a trigger refuses them), so it is marked. */
export const costCentres = (db: Tx | HasDb["db"], customerId: string) =>
  db.costCentre.findMany({
    where: { customerId },
    select: { id: true, code: true, name: true, archivedAt: true },
    orderBy: { name: "asc" },
  });

/** The company's people (active members), who may be given a line. */
export const people = (db: Tx | HasDb["db"], customerId: string) =>
  db.membership
    .findMany({
      where: { customerId, suspendedAt: null },
      select: { user: { select: { id: true, name: true, email: true } } },
      orderBy: { user: { name: "asc" } },
    })
    .then((rows) => rows.map((r) => ({ userId: r.user.id, name: r.user.name, email: r.user.email })));

/** Whether the centre and the person a filter names (if any, "none" aside) are the company's own. */
export async function filterTargetsKnown({ db }: HasDb, customerId: string, f: LineFilter) {
  const centre = f.costCentreId && f.costCentreId !== "none" ? f.costCentreId : null;
  const person = f.assignedUserId && f.assignedUserId !== "none" ? f.assignedUserId : null;
  const [c, p] = await Promise.all([
    centre ? db.costCentre.count({ where: { id: centre, customerId } }) : 1,
    person ? db.membership.count({ where: { userId: person, customerId } }) : 1,
  ]);
  return { costCentre: c > 0, person: p > 0 };
}

/** The centres lines may go into (the bulk bar and the filters offer these). */
export const readCostCentres = async ({ db }: HasDb, customerId: string) =>
  (await costCentres(db, customerId)).filter((c) => c.archivedAt === null).map(({ id, code, name }) => ({ id, code, name }));
export const readPeople = ({ db }: HasDb, customerId: string) => people(db, customerId);

export const ownLines = (tx: Tx, customerId: string, ids: string[]) =>
  tx.service.findMany({
    where: { customerId, id: { in: ids } },
    select: { id: true, identifier: true, costCentreId: true, assignedUserId: true },
  });

export const linesByIdentifier = (tx: Tx, customerId: string, identifiers: string[]) =>
  tx.service.findMany({
    where: { customerId, identifier: { in: identifiers } },
    select: { id: true, identifier: true, costCentreId: true, assignedUserId: true },
  });

export const setAssignment = (tx: Tx, ids: string[], data: { costCentreId?: string | null; assignedUserId?: string | null }) =>
  tx.service.updateMany({ where: { id: { in: ids } }, data });

/** Serialises the company's line assignments with its other admin changes. */
export { lockCustomer as lockCompany } from "~/server/db/locks";
