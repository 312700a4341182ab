// The portal's own records the bill screens put beside the billing system's bills: cost centre names.
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
