// The portal's dispute records, and the portal facts opening one needs (the service, the customer's tier).
// The bill line, the ticket and the credit note a dispute refers to are the systems' records: read through their gateways.
import { serviceWhere, type Scope } from "~/server/auth/scope";
import type { Db } from "~/server/db/client";
import { Prisma } from "~/server/db/generated/client";
import type { ServiceKind, SlaTier } from "~/server/db/generated/enums";

export interface DisputeRecord {
  id: string;
  billId: string;
  customerId: string;
  billNumber: string;
  currency: string;
  billLineId: string;
  ticketId: string;
  /** VAT included */
  amountMinor: number;
  reason: string;
  status: "open" | "upheld" | "rejected";
  resolution: string | null;
  creditNoteId: string | null;
  createdAt: Date;
  resolvedAt: Date | null;
}

/** `pending`: what an agent still has to act on (open, or upheld while its credit note is still to be issued). */
export type DisputeWhere = { billId?: string; pending?: true; id?: string; customerId?: string; ticketId?: string };
export type NewDispute = {
  billId: string;
  /** the bill's customer, number and currency as billing showed them: the portal keeps what it shows of the bill */
  customerId: string;
  billNumber: string;
  currency: string;
  billLineId: string;
  ticketId: string;
  amountMinor: number;
  reason: string;
};
export type Decision = { status: "upheld" | "rejected"; resolution: string; creditNoteId: string | null; resolvedAt: Date };

/** What the dispute use cases need of the portal's tables. */
export interface DisputesRepository {
  /** Oldest first; `customerId` keeps a customer to its own. */
  find(where: DisputeWhere): Promise<DisputeRecord[]>;
  lineIsDisputed(billLineId: string): Promise<boolean>;
  /** false when the line is disputed already (the unique line key decides between two at once). */
  insert(d: NewDispute): Promise<boolean>;
  /** Decides an open dispute; false when it was decided meanwhile. */
  decide(id: string, d: Decision): Promise<boolean>;
  /** The credit note of an upheld dispute, once billing has issued it. */
  attachCreditNote(id: string, creditNoteId: string): Promise<void>;
  /** A service within the caller's scope; null = not theirs or absent. */
  scopedService(scope: Scope, id: string): Promise<{ id: string; kind: ServiceKind; area: string | null; customerId: string } | null>;
  tierOf(customerId: string): Promise<SlaTier>;
}

const select = {
  id: true,
  billId: true,
  customerId: true,
  billLineId: true,
  amountMinor: true,
  reason: true,
  status: true,
  resolution: true,
  creditNoteId: true,
  ticketId: true,
  createdAt: true,
  resolvedAt: true,
  billNumber: true,
  currency: true,
} as const;

export function disputesRepository(db: Db): DisputesRepository {
  return {
    async find(where) {
      const rows = await db.billDispute.findMany({
        where: {
          ...(where.id ? { id: where.id } : {}),
          ...(where.billId ? { billId: where.billId } : {}),
          ...(where.pending ? { OR: [{ status: "open" as const }, { status: "upheld" as const, creditNoteId: null }] } : {}),
          ...(where.ticketId ? { ticketId: where.ticketId } : {}),
          ...(where.customerId ? { customerId: where.customerId } : {}),
        },
        select,
        orderBy: { createdAt: "asc" },
      });
      return rows.map(({ billLineId, amountMinor, ...r }) => ({
        ...r,
        billLineId: billLineId.toString(),
        amountMinor: Number(amountMinor),
      }));
    },
    lineIsDisputed: async (billLineId) => (await db.billDispute.count({ where: { billLineId: BigInt(billLineId) } })) > 0,
    async insert(d) {
      try {
        await db.billDispute.create({ data: { ...d, billLineId: BigInt(d.billLineId), amountMinor: BigInt(d.amountMinor) } });
        return true;
      } catch (err) {
        if (err instanceof Prisma.PrismaClientKnownRequestError && err.code === "P2002") return false;
        throw err;
      }
    },
    decide: async (id, data) => (await db.billDispute.updateMany({ where: { id, status: "open" }, data })).count > 0,
    attachCreditNote: async (id, creditNoteId) => {
      await db.billDispute.updateMany({ where: { id, status: "upheld", creditNoteId: null }, data: { creditNoteId } });
    },
    scopedService: (scope, id) =>
      db.service.findFirst({
        where: { ...serviceWhere(scope), AND: [{ id }] },
        select: { id: true, kind: true, area: true, customerId: true },
      }),
    tierOf: async (customerId) =>
      (await db.customer.findUnique({ where: { id: customerId }, select: { slaTier: true } }))?.slaTier ?? "standard",
  };
}
