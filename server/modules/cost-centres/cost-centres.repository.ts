// A company's cost centres and the lines in them (the centre a line's charges are booked to).
import type { Tx } from "~/server/db/client";
import type { HasDb } from "~/server/db/transaction";

export async function listCentres({ db }: HasDb, customerId: string) {
  const [centres, unassigned] = await Promise.all([
    db.costCentre.findMany({
      where: { customerId },
      orderBy: [{ archivedAt: { sort: "asc", nulls: "first" } }, { code: "asc" }, { id: "asc" }],
      select: { id: true, code: true, name: true, archivedAt: true, _count: { select: { services: true } } },
    }),
    db.service.count({ where: { customerId, costCentreId: null } }),
  ]);
  return { centres, unassigned };
}

export const centreWithLines = ({ db }: HasDb, customerId: string, costCentreId: string) =>
  db.costCentre.findFirst({
    where: { id: costCentreId, customerId },
    select: {
      id: true,
      code: true,
      name: true,
      archivedAt: true,
      services: {
        orderBy: [{ label: "asc" }, { identifier: "asc" }, { id: "asc" }],
        select: { id: true, kind: true, identifier: true, label: true, status: true },
      },
    },
  });

/** Serialises the company's cost-centre changes, so two admins cannot create the same code at once. */
export { lockCustomer as lockCompany } from "~/server/db/locks";

export const codeTaken = async (tx: Tx, customerId: string, code: string) =>
  (await tx.costCentre.count({ where: { customerId, code: { equals: code, mode: "insensitive" } } })) > 0;

export const createCentre = (tx: Tx, data: { customerId: string; code: string; name: string }) =>
  tx.costCentre.create({ data, select: { id: true } });

export const findCentre = (tx: Tx, customerId: string, costCentreId: string) =>
  tx.costCentre.findFirst({ where: { id: costCentreId, customerId }, select: { id: true, code: true, name: true, archivedAt: true } });

export const renameCentre = (tx: Tx, costCentreId: string, name: string) =>
  tx.costCentre.update({ where: { id: costCentreId }, data: { name } });

export const setArchivedAt = (tx: Tx, costCentreId: string, archivedAt: Date | null) =>
  tx.costCentre.update({ where: { id: costCentreId }, data: { archivedAt } });

export const lineCount = (tx: Tx, costCentreId: string) => tx.service.count({ where: { costCentreId } });
