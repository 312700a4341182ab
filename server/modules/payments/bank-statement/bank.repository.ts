// The portal's record of the operator's bank statements: each import, and each credit once by the bank's entry
// reference. A credit that pays a bill becomes a payment of the bill (PaymentAttempt, method bank_transfer) in the
// same transaction that settles it, so the customer's Payments page shows it.
import type { Db } from "~/server/db/client";
import type { BankCreditStatus } from "~/server/db/generated/enums";
import { audit, type AuditEntry } from "~/server/modules/audit/audit.service";
import type { UnmatchedReason } from "./matcher";
import type { StatementEntry, StatementFormat } from "./statement";

export type CreditRecord = {
  id: string;
  entryRef: string;
  bookedOn: string;
  amountMinor: number;
  currency: string;
  variableSymbol: string | null;
  reference: string | null;
  payerName: string | null;
  payerAccount: string | null;
  status: BankCreditStatus;
  unmatchedReason: UnmatchedReason | null;
  billId: string | null;
  billNumber: string | null;
  customerId: string | null;
  paymentAttemptId: string | null;
};

export type NewImport = { fileName: string; format: StatementFormat; importedById: string | null; importedAt: Date; debits: number };
export type BillOfCredit = { billId: string; billNumber: string; billingAccountId: string; customerId: string };
export type Settlement = BillOfCredit & { status: "matched" | "assigned"; at: Date; resolvedById: string | null; audit?: AuditEntry };

export interface BankRepository {
  /** The import, and its credits not seen before (a known entry reference is left as it is); audited with it. */
  record(
    input: NewImport,
    credits: StatementEntry[],
    auditOf: (importId: string) => AuditEntry,
  ): Promise<{ importId: string; added: number }>;
  /** Of these references, the credits not yet matched or left for an agent (also those an earlier import stopped on). */
  pending(entryRefs: string[]): Promise<CreditRecord[]>;
  byId(id: string): Promise<CreditRecord | null>;
  /** Settles a pending or unmatched credit as paid to the bill, making its payment; false if it was settled already. */
  settle(id: string, s: Settlement): Promise<boolean>;
  leaveUnmatched(id: string, reason: UnmatchedReason, bill: BillOfCredit | null): Promise<void>;
  /** Marks an unmatched credit returned to the payer; false if it was not unmatched. */
  markReturned(id: string, at: Date, by: string, entry: AuditEntry): Promise<boolean>;
  finish(importId: string, counts: { credits: number; newCredits: number; matched: number }): Promise<void>;
  list(where: { status?: BankCreditStatus; customerId?: string }, take: number): Promise<CreditRecord[]>;
}

type Row = Omit<CreditRecord, "amountMinor" | "bookedOn" | "unmatchedReason"> & {
  amountMinor: bigint;
  bookedOn: Date;
  unmatchedReason: string | null;
};
const record = (r: Row): CreditRecord => ({
  id: r.id,
  entryRef: r.entryRef,
  bookedOn: r.bookedOn.toISOString().slice(0, 10),
  amountMinor: Number(r.amountMinor),
  currency: r.currency,
  variableSymbol: r.variableSymbol,
  reference: r.reference,
  payerName: r.payerName,
  payerAccount: r.payerAccount,
  status: r.status,
  unmatchedReason: r.unmatchedReason as UnmatchedReason | null,
  billId: r.billId,
  billNumber: r.billNumber,
  customerId: r.customerId,
  paymentAttemptId: r.paymentAttemptId,
});

export function bankRepository(db: Db): BankRepository {
  return {
    record: (input, credits, auditOf) =>
      db.$transaction(async (tx) => {
        const made = await tx.bankStatementImport.create({
          data: { ...input, credits: credits.length, newCredits: 0, matched: 0 },
          select: { id: true },
        });
        const { count } = await tx.bankCredit.createMany({
          data: credits.map((c) => ({
            entryRef: c.entryRef,
            importId: made.id,
            bookedOn: new Date(`${c.bookedOn}T00:00:00Z`),
            amountMinor: BigInt(c.amountMinor),
            currency: c.currency,
            variableSymbol: c.variableSymbol,
            reference: c.message,
            payerName: c.payerName,
            payerAccount: c.payerAccount,
            createdAt: input.importedAt,
          })),
          skipDuplicates: true,
        });
        await audit(tx, auditOf(made.id));
        return { importId: made.id, added: count };
      }),
    pending: async (entryRefs) =>
      (await db.bankCredit.findMany({ where: { entryRef: { in: entryRefs }, status: "pending" }, orderBy: { createdAt: "asc" } })).map(
        record,
      ),
    byId: async (id) => {
      const row = await db.bankCredit.findUnique({ where: { id } });
      return row ? record(row) : null;
    },
    settle: (id, s) =>
      db.$transaction(async (tx) => {
        // Two imports of one file at once, or an agent beside an import: one settles, the other finds it done.
        await tx.$executeRaw`SELECT 1 FROM "BankCredit" WHERE id = ${id}::uuid FOR UPDATE`;
        const credit = await tx.bankCredit.findUnique({ where: { id } });
        if (!credit || (credit.status !== "pending" && credit.status !== "unmatched")) return false;
        const payment = await tx.paymentAttempt.create({
          data: {
            method: "bank_transfer",
            customerId: s.customerId,
            billingAccountId: s.billingAccountId,
            billId: s.billId,
            billNumber: s.billNumber,
            currency: credit.currency,
            amountMinor: credit.amountMinor,
            status: "succeeded",
            userId: null,
            createdAt: s.at,
            expiresAt: credit.bookedOn,
            paidAt: credit.bookedOn,
          },
          select: { id: true },
        });
        const { count } = await tx.bankCredit.updateMany({
          where: { id, status: credit.status },
          data: {
            status: s.status,
            unmatchedReason: null,
            billId: s.billId,
            billNumber: s.billNumber,
            billingAccountId: s.billingAccountId,
            customerId: s.customerId,
            paymentAttemptId: payment.id,
            resolvedById: s.resolvedById,
            resolvedAt: s.at,
          },
        });
        // Settled meanwhile by someone else: throwing rolls the payment back with it.
        if (count === 0) throw new Error("bank credit settled concurrently");
        if (s.audit) await audit(tx, s.audit);
        return true;
      }),
    async leaveUnmatched(id, reason, bill) {
      await db.bankCredit.updateMany({
        where: { id, status: "pending" },
        data: { status: "unmatched", unmatchedReason: reason, ...(bill ?? {}) },
      });
    },
    markReturned: (id, at, by, entry) =>
      db.$transaction(async (tx) => {
        const { count } = await tx.bankCredit.updateMany({
          where: { id, status: "unmatched" },
          data: { status: "returned", resolvedAt: at, resolvedById: by },
        });
        if (count > 0) await audit(tx, entry);
        return count > 0;
      }),
    async finish(importId, counts) {
      await db.bankStatementImport.update({ where: { id: importId }, data: counts });
    },
    list: async (where, take) =>
      (await db.bankCredit.findMany({ where, orderBy: [{ bookedOn: "desc" }, { entryRef: "asc" }], take })).map(record),
  };
}
