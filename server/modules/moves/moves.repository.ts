// The portal's services as the move screens name them (the billing system decides the move itself).
import type { Deps } from "~/server/container";
import type { Db } from "~/server/db/client";
import type { MovesDeps } from "./moves.service";

export type MoveServiceRef = { id: string; identifier: string; label: string | null; kind: string };

export interface MoveServices {
  /** The customer's services among `ids`. */
  byIds(customerId: string, ids: string[]): Promise<MoveServiceRef[]>;
  /** The customer's services on the account, by identifier; `plus` is counted in and `minus` left out. */
  onAccount(customerId: string, billingAccountId: string, change: { plus?: string; minus: string }): Promise<MoveServiceRef[]>;
}

const select = { id: true, identifier: true, label: true, kind: true } as const;

const moveServices = (db: Db): MoveServices => ({
  byIds: (customerId, ids) => db.service.findMany({ where: { customerId, id: { in: ids } }, select }),
  onAccount: (customerId, billingAccountId, { plus, minus }) =>
    db.service.findMany({
      where: { customerId, OR: [{ billingAccountId, id: { not: minus } }, ...(plus ? [{ id: plus }] : [])] },
      select,
      orderBy: { identifier: "asc" },
    }),
});

export const movesDeps = ({ billing, db }: Deps): MovesDeps => ({ billing, services: moveServices(db) });
