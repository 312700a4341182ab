// The portal's record of card payments: one attempt per checkout, and the provider events already applied.
// The bill and its ledger are the billing system's: the attempt keeps the bill's id, number and currency.
import type { Db } from "~/server/db/client";
import type { PaymentMethod, PaymentStatus } from "~/server/db/generated/enums";
import { audit, type AuditEntry } from "~/server/modules/audit/audit.service";
import { notify } from "~/server/modules/notifications/notify";

export type AttemptRecord = {
  id: string;
  customerId: string;
  billingAccountId: string;
  billId: string;
  billNumber: string;
  currency: string;
  amountMinor: number;
  status: PaymentStatus;
  method: PaymentMethod;
  /** null for a bank transfer */
  userId: string | null;
  checkoutSessionId: string | null;
  checkoutUrl: string | null;
  paymentIntentId: string | null;
  cardBrand: string | null;
  cardLast4: string | null;
  declineCode: string | null;
  refundedMinor: number;
  createdAt: Date;
  expiresAt: Date;
  paidAt: Date | null;
};

export type NewAttempt = Pick<
  AttemptRecord,
  "customerId" | "billingAccountId" | "billId" | "billNumber" | "currency" | "amountMinor" | "userId" | "expiresAt"
>;
/** The provider event a change comes from, recorded with it (null: learnt by asking the provider). */
export type EventRef = { id: string; type: string } | null;
export type Paid = { paymentIntentId: string; cardBrand: string | null; cardLast4: string | null; paidAt: Date };
export type PaidNotice = { amount: string; link: string };

export interface PaymentsRepository {
  /**
   * The bill's open attempt if it is for `amountMinor` and still valid at `now`; otherwise the open one (if any) is
   * closed as expired and a new one made. One at a time per bill (a unique index), so two clicks get one attempt.
   */
  openAttempt(input: NewAttempt, now: Date): Promise<{ attempt: AttemptRecord; replaced: AttemptRecord | null }>;
  attachCheckout(id: string, session: { id: string; url: string; expiresAt: Date }): Promise<void>;
  byId(id: string): Promise<AttemptRecord | null>;
  /** Newest first; `customerId` keeps a customer to its own. */
  list(where: { customerId: string; billId?: string }, page: { skip: number; take: number }): Promise<[AttemptRecord[], number]>;
  eventApplied(eventId: string): Promise<boolean>;
  recordEvent(eventId: string, type: string): Promise<void>;
  /** Marks the attempt paid (once) with the event that told it; the payer's notice goes in the same transaction. */
  markPaid(id: string, paid: Paid, notice: PaidNotice, event: EventRef): Promise<boolean>;
  markDeclined(id: string, declineCode: string, event: EventRef): Promise<void>;
  markExpired(id: string, event: EventRef): Promise<void>;
  /**
   * Holds the attempt's row lock while `work` posts what is new, then keeps the total refunded it returns: refunds
   * of one payment are counted one at a time, however their events arrive.
   */
  updateRefunded(id: string, event: EventRef, work: (attempt: AttemptRecord) => Promise<number>): Promise<void>;
  /** Staff: payments received whose customer's name or member's e-mail, or whose bill or account number, matches. */
  search(query: string, take: number): Promise<(AttemptRecord & { customerName: string })[]>;
  audit(entry: AuditEntry): Promise<void>;
}

type Row = Omit<AttemptRecord, "amountMinor" | "refundedMinor"> & { amountMinor: bigint; refundedMinor: bigint };
const record = (r: Row): AttemptRecord => ({ ...r, amountMinor: Number(r.amountMinor), refundedMinor: Number(r.refundedMinor) });

export function paymentsRepository(db: Db): PaymentsRepository {
  const eventRow = (event: EventRef) => (event ? [db.paymentEvent.createMany({ data: [event], skipDuplicates: true })] : []);
  return {
    async openAttempt(input, now) {
      return db.$transaction(async (tx) => {
        // Serialises attempts on one bill: the second click waits here, then finds the first one's attempt.
        await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended(${`payment:${input.billId}`}, 0))`;
        const open = await tx.paymentAttempt.findFirst({ where: { billId: input.billId, status: "open" } });
        if (open && open.amountMinor === BigInt(input.amountMinor) && open.expiresAt > now)
          return { attempt: record(open), replaced: null };
        if (open) await tx.paymentAttempt.update({ where: { id: open.id }, data: { status: "expired" } });
        const created = await tx.paymentAttempt.create({ data: { ...input, amountMinor: BigInt(input.amountMinor) } });
        return { attempt: record(created), replaced: open ? record(open) : null };
      });
    },
    async attachCheckout(id, session) {
      await db.paymentAttempt.update({
        where: { id },
        data: { checkoutSessionId: session.id, checkoutUrl: session.url, expiresAt: session.expiresAt },
      });
    },
    byId: async (id) => {
      const row = await db.paymentAttempt.findUnique({ where: { id } });
      return row ? record(row) : null;
    },
    async list({ customerId, billId }, { skip, take }) {
      const where = { customerId, ...(billId ? { billId } : {}) };
      const [rows, total] = await Promise.all([
        db.paymentAttempt.findMany({ where, orderBy: [{ createdAt: "desc" }, { id: "desc" }], skip, take }),
        db.paymentAttempt.count({ where }),
      ]);
      return [rows.map(record), total];
    },
    eventApplied: async (eventId) => (await db.paymentEvent.count({ where: { id: eventId } })) > 0,
    async recordEvent(eventId, type) {
      await db.paymentEvent.createMany({ data: [{ id: eventId, type }], skipDuplicates: true });
    },
    async markPaid(id, paid, notice, event) {
      return db.$transaction(async (tx) => {
        // An expired attempt can still be paid (the customer finished an old tab): the money decides.
        const { count } = await tx.paymentAttempt.updateMany({
          where: { id, status: { not: "succeeded" } },
          data: { ...paid, status: "succeeded", declineCode: null },
        });
        if (event) await tx.paymentEvent.createMany({ data: [event], skipDuplicates: true });
        if (count === 0) return false;
        const attempt = await tx.paymentAttempt.findUniqueOrThrow({ where: { id }, select: { userId: true, customerId: true } });
        if (!attempt.userId) return true;
        await notify(
          tx,
          { userId: attempt.userId, customerId: attempt.customerId },
          "payment.received",
          { amount: notice.amount },
          notice.link,
        );
        return true;
      });
    },
    async markDeclined(id, declineCode, event) {
      await db.$transaction([db.paymentAttempt.updateMany({ where: { id, status: "open" }, data: { declineCode } }), ...eventRow(event)]);
    },
    async markExpired(id, event) {
      await db.$transaction([
        db.paymentAttempt.updateMany({ where: { id, status: "open" }, data: { status: "expired" } }),
        ...eventRow(event),
      ]);
    },
    updateRefunded: (id, event, work) =>
      db.$transaction(
        async (tx) => {
          const [row] = await tx.$queryRaw<Row[]>`SELECT * FROM "PaymentAttempt" WHERE id = ${id}::uuid FOR UPDATE`;
          if (!row) return;
          const refunded = await work(record(row));
          if (refunded > Number(row.refundedMinor))
            await tx.paymentAttempt.update({ where: { id }, data: { refundedMinor: BigInt(refunded) } });
          if (event) await tx.paymentEvent.createMany({ data: [event], skipDuplicates: true });
        },
        { timeout: 30_000 },
      ),
    async search(query, take) {
      const text = { contains: query, mode: "insensitive" as const };
      const customers = await db.customer.findMany({
        where: { OR: [{ name: text }, { memberships: { some: { user: { email: text } } } }] },
        select: { id: true },
        take: 200,
      });
      const rows = await db.paymentAttempt.findMany({
        where: { status: "succeeded", OR: [{ billNumber: text }, { customerId: { in: customers.map((c) => c.id) } }] },
        orderBy: [{ createdAt: "desc" }, { id: "desc" }],
        take,
      });
      const names = new Map(
        (await db.customer.findMany({ where: { id: { in: rows.map((r) => r.customerId) } }, select: { id: true, name: true } })).map(
          (c) => [c.id, c.name],
        ),
      );
      return rows.map((r) => ({ ...record(r), customerName: names.get(r.customerId) ?? "" }));
    },
    async audit(entry) {
      await db.$transaction((tx) => audit(tx, entry));
    },
  };
}
