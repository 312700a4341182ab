// The portal's own records the bill screens put beside the billing system's bills: cost centre names, and
// the customer as the bill (a tax document) names it.
import type { Db } from "~/server/db/client";

export type CostCentreRef = { id: string; code: string; name: string };

export interface CostCentres {
  /** The customer's cost centres among `ids` (another customer's ids find nothing). */
  byIds(customerId: string, ids: string[]): Promise<CostCentreRef[]>;
}

export const costCentres = (db: Db): CostCentres => ({
  byIds: (customerId, ids) =>
    db.costCentre.findMany({ where: { customerId, id: { in: ids } }, select: { id: true, code: true, name: true } }),
});

/** The customer's name, address, company number and VAT number; null for an unknown id. */
export const customerIdentity = ({ db }: { db: Db }, customerId: string) =>
  db.customer.findUnique({ where: { id: customerId }, select: { name: true, address: true, companyId: true, vatId: true } });
