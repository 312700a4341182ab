// The portal's own collections records: the dunning notices sent, open disputes' amounts held out, and payment
// arrangements with their instalments. Bills are the billing system's: referred to by id.
import type { HasDb } from "~/server/db/transaction";
import type { IsoDate } from "~/server/domain/billing/vocabulary";
import type { ArrangementState, Instalment } from "./arrangement-rules";

export type ArrangementRecord = {
  id: string;
  customerId: string;
  billingAccountId: string;
  billIds: string[];
  currency: string;
  totalMinor: bigint;
  startRemainingMinor: bigint;
  status: ArrangementState;
  createdAt: Date;
  closedAt: Date | null;
  instalments: Instalment[];
};

const day = (d: Date): IsoDate => d.toISOString().slice(0, 10);
const select = {
  id: true,
  customerId: true,
  billingAccountId: true,
  billIds: true,
  currency: true,
  totalMinor: true,
  startRemainingMinor: true,
  status: true,
  createdAt: true,
  closedAt: true,
  instalments: { select: { seq: true, dueDate: true, amountMinor: true }, orderBy: { seq: "asc" } },
} as const;
type Row = { instalments: { seq: number; dueDate: Date; amountMinor: bigint }[] } & Omit<ArrangementRecord, "instalments">;
const toRecord = (r: Row): ArrangementRecord => ({ ...r, instalments: r.instalments.map((i) => ({ ...i, dueDate: day(i.dueDate) })) });

/** Open disputes' amounts by bill: held out of what dunning counts. */
export async function disputedByBill({ db }: HasDb, billIds: string[]): Promise<Map<string, bigint>> {
  if (billIds.length === 0) return new Map();
  const rows = await db.billDispute.groupBy({
    by: ["billId"],
    where: { billId: { in: billIds }, status: "open" },
    _sum: { amountMinor: true },
  });
  return new Map(rows.map((d) => [d.billId, d._sum.amountMinor ?? 0n]));
}

/** The notices sent for these bills, oldest first. */
export const noticesFor = ({ db }: HasDb, billIds: string[]) =>
  db.dunningNotice.findMany({
    where: { billId: { in: billIds } },
    select: { billId: true, step: true, sentAt: true },
    orderBy: { sentAt: "asc" },
  });

/** Active arrangements of these accounts (all accounts when none are named). */
export async function activeArrangements({ db }: HasDb, billingAccountIds?: string[]): Promise<ArrangementRecord[]> {
  const rows = await db.paymentArrangement.findMany({
    where: { status: "active", ...(billingAccountIds ? { billingAccountId: { in: billingAccountIds } } : {}) },
    select,
  });
  return rows.map(toRecord);
}

/** The account's arrangements, newest first (the customer's own: another customer's account finds nothing). */
export async function arrangementsOf({ db }: HasDb, customerId: string, billingAccountId: string): Promise<ArrangementRecord[]> {
  const rows = await db.paymentArrangement.findMany({ where: { customerId, billingAccountId }, select, orderBy: { createdAt: "desc" } });
  return rows.map(toRecord);
}

/** When the customer's arrangements (any account) were broken. */
export async function brokenOn({ db }: HasDb, customerId: string): Promise<IsoDate[]> {
  const rows = await db.paymentArrangement.findMany({ where: { customerId, status: "broken" }, select: { closedAt: true } });
  return rows.flatMap((r) => (r.closedAt ? [day(r.closedAt)] : []));
}

export type NewArrangement = Omit<ArrangementRecord, "id" | "status" | "closedAt"> & { createdById: string; idempotencyKey: string };

/**
 * Saves a plan with its instalments in one transaction: the same key returns the plan it made; another plan active on
 * the account (a second tab) makes `check` refuse. The account's lock keeps two confirmations from both passing.
 */
export async function saveArrangement(
  { db }: HasDb,
  plan: NewArrangement,
  check: (active: ArrangementRecord | null) => void,
): Promise<ArrangementRecord> {
  return db.$transaction(async (tx) => {
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`arrangement:${plan.billingAccountId}`}))`;
    const same = await tx.paymentArrangement.findUnique({ where: { idempotencyKey: plan.idempotencyKey }, select });
    if (same) return toRecord(same);
    const active = await tx.paymentArrangement.findFirst({ where: { billingAccountId: plan.billingAccountId, status: "active" }, select });
    check(active ? toRecord(active) : null);
    const { instalments, ...rest } = plan;
    const row = await tx.paymentArrangement.create({
      data: {
        ...rest,
        instalments: {
          create: instalments.map((i) => ({ seq: i.seq, dueDate: new Date(`${i.dueDate}T00:00:00Z`), amountMinor: i.amountMinor })),
        },
      },
      select,
    });
    return toRecord(row);
  });
}

/** Records a plan as kept or broken (once: a closed plan stays as it closed). */
export const closeArrangement = ({ db }: HasDb, id: string, status: "kept" | "broken", at: Date) =>
  db.paymentArrangement.updateMany({ where: { id, status: "active" }, data: { status, closedAt: at } });
