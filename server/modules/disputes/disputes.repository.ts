// The portal's dispute records, and the portal facts opening one needs (the service, the customer's tier).
// The bill line, the ticket and the credit note a dispute refers to are the systems' records: read through their gateways.
import { serviceWhere, type Scope } from "~/server/auth/scope";
import type { Db } from "~/server/db/client";
import { Prisma } from "~/server/db/generated/client";

const select = {
  id: true, billId: true, billLineId: true, amountMinor: true, reason: true, status: true, resolution: true, creditNoteId: true,
  ticketId: true, createdAt: true, resolvedAt: true, bill: { select: { number: true, currency: true } },
} as const;

export type DisputeRow = Prisma.BillDisputeGetPayload<{ select: typeof select }>;
type Where = { billId?: string; status?: "open"; id?: string; customerId?: string; ticketId?: string };

/** Oldest first; `customerId` keeps a customer to its own. */
export async function findDisputes(db: Db, where: Where): Promise<DisputeRow[]> {
  return db.billDispute.findMany({
    where: {
      ...(where.id ? { id: where.id } : {}), ...(where.billId ? { billId: where.billId } : {}), ...(where.status ? { status: where.status } : {}),
      ...(where.ticketId ? { ticketId: where.ticketId } : {}),
      ...(where.customerId ? { bill: { billingAccount: { customerId: where.customerId } } } : {}),
    },
    select, orderBy: { createdAt: "asc" },
  });
}

export async function lineIsDisputed(db: Db, billLineId: string) {
  return (await db.billDispute.count({ where: { billLineId: BigInt(billLineId) } })) > 0;
}

/** false when the line is disputed already (the unique line key decides between two at once). */
export async function insertDispute(db: Db, d: { billId: string; billLineId: string; ticketId: string; amountMinor: bigint; reason: string }) {
  try {
    await db.billDispute.create({ data: { ...d, billLineId: BigInt(d.billLineId) } });
    return true;
  } catch (err) {
    if (err instanceof Prisma.PrismaClientKnownRequestError && err.code === "P2002") return false;
    throw err;
  }
}

export const findDispute = (db: Db, id: string) => db.billDispute.findUnique({ where: { id } });

/** Decides an open dispute; false when it was decided meanwhile. */
export async function decideDispute(db: Db, id: string, data: { status: "upheld" | "rejected"; resolution: string; creditNoteId: string | null; resolvedAt: Date }) {
  const { count } = await db.billDispute.updateMany({ where: { id, status: "open" }, data });
  return count > 0;
}

/** A service within the caller's scope; null = not theirs or absent. */
export async function findScopedService(db: Db, scope: Scope, id: string) {
  return db.service.findFirst({ where: { ...serviceWhere(scope), AND: [{ id }] }, select: { id: true, kind: true, area: true, customerId: true } });
}

export async function tierOf(db: Db, customerId: string) {
  const c = await db.customer.findUnique({ where: { id: customerId }, select: { slaTier: true } });
  return c?.slaTier ?? "standard";
}
