// Double-entry ledger of the billing system. A posting is one business event (bill issued, payment,
// refund, credit note) and its entries sum to zero; the database enforces that at commit and refuses
// any UPDATE or DELETE of entries. What a customer owes is never stored: it is the sum of receivable
// entries (per account, or per bill for its amount due). Debit = positive, credit = negative.
import type { Db, Tx } from "~/server/db/client";
import type { BillStatus, LedgerAccount, PostingKind } from "~/server/db/generated/enums";
import { conflict, invalid, notFound } from "~/server/lib/errors";
import { divRound, type IsoDate } from "./rating";

export type EntryInput = { account: LedgerAccount; amountMinor: bigint; billId?: string | null };
export type PostingInput = {
  kind: PostingKind;
  billingAccountId: string;
  idempotencyKey: string;
  billId?: string | null;
  creditNoteId?: string | null;
  description?: string | null;
  entries: EntryInput[];
  /** when the event happened (default: now) */
  postedAt?: Date;
};

/** Posts once per idempotency key: a retry returns the first posting and writes nothing. */
export async function post(tx: Tx, input: PostingInput): Promise<{ postingId: bigint; created: boolean }> {
  const [created] = await tx.$queryRaw<{ id: bigint }[]>`
    INSERT INTO "LedgerPosting" (kind, "billingAccountId", "idempotencyKey", "billId", "creditNoteId", description, "postedAt")
    VALUES (${input.kind}::"PostingKind", ${input.billingAccountId}::uuid, ${input.idempotencyKey}, ${input.billId ?? null}::uuid,
            ${input.creditNoteId ?? null}::uuid, ${input.description ?? null}, coalesce(${input.postedAt ?? null}::timestamp, now()))
    ON CONFLICT ("idempotencyKey") DO NOTHING
    RETURNING id`;
  if (!created) {
    const existing = await tx.ledgerPosting.findUniqueOrThrow({ where: { idempotencyKey: input.idempotencyKey }, select: { id: true } });
    return { postingId: existing.id, created: false };
  }
  const e = input.entries;
  await tx.$executeRaw`
    INSERT INTO "LedgerEntry" ("postingId", account, "billingAccountId", "billId", "amountMinor")
    SELECT ${created.id}, a, ${input.billingAccountId}::uuid, b, m
    FROM unnest(${e.map((x) => x.account)}::"LedgerAccount"[], ${e.map((x) => x.billId ?? null)}::uuid[],
                ${e.map((x) => x.amountMinor.toString())}::bigint[]) AS t(a, b, m)`;
  return { postingId: created.id, created: true };
}

/** A payment received (e.g. a Stripe charge): cash up, the receivable of the bill (or account) down. */
export function postPayment(
  db: Db,
  p: { billingAccountId: string; billId?: string | null; amountMinor: bigint; reference: string; postedAt?: Date },
) {
  if (p.amountMinor <= 0n) throw invalid("amountMinor", "a payment must be positive");
  return db.$transaction((tx) =>
    post(tx, {
      kind: "payment",
      billingAccountId: p.billingAccountId,
      idempotencyKey: `payment:${p.reference}`,
      billId: p.billId,
      postedAt: p.postedAt,
      description: "payment",
      entries: [
        { account: "cash", amountMinor: p.amountMinor },
        { account: "receivable", amountMinor: -p.amountMinor, billId: p.billId },
      ],
    }),
  );
}

/** Money paid back to the customer: the receivable goes up again, cash down. */
export function postRefund(db: Db, p: { billingAccountId: string; billId?: string | null; amountMinor: bigint; reference: string }) {
  if (p.amountMinor <= 0n) throw invalid("amountMinor", "a refund must be positive");
  return db.$transaction((tx) =>
    post(tx, {
      kind: "refund",
      billingAccountId: p.billingAccountId,
      idempotencyKey: `refund:${p.reference}`,
      billId: p.billId,
      description: "refund",
      entries: [
        { account: "receivable", amountMinor: p.amountMinor, billId: p.billId },
        { account: "cash", amountMinor: -p.amountMinor },
      ],
    }),
  );
}

/**
 * Credits part of an issued bill (net amount, VAT added at the bill's rate, rounded once). The bill
 * itself never changes; its amount due drops by the credit note's total. Idempotent per `reference`.
 */
export async function issueCreditNote(db: Db, p: { billId: string; netMinor: bigint; reason: string; reference: string }) {
  if (p.netMinor <= 0n) throw invalid("netMinor", "a credit note must be positive");
  return db.$transaction(async (tx) => {
    await tx.$queryRaw`SELECT id FROM "Bill" WHERE id = ${p.billId}::uuid FOR UPDATE`; // one credit note at a time per bill
    const bill = await tx.bill.findUnique({ where: { id: p.billId }, include: { creditNotes: true } });
    if (!bill) throw notFound("bill");
    const key = `credit_note:${p.reference}`;
    const done = await tx.ledgerPosting.findUnique({ where: { idempotencyKey: key }, select: { creditNoteId: true } });
    if (done?.creditNoteId) return tx.creditNote.findUniqueOrThrow({ where: { id: done.creditNoteId } });
    const credited = bill.creditNotes.reduce((sum, c) => sum + c.netMinor, 0n);
    if (credited + p.netMinor > bill.netMinor) throw conflict("a credit note cannot exceed what is left of the bill's net amount");
    const taxMinor = divRound(p.netMinor * BigInt(bill.vatRateBp), 10_000n);
    const note = await tx.creditNote.create({
      data: {
        number: `${bill.number}/CN${bill.creditNotes.length + 1}`,
        billId: bill.id,
        billingAccountId: bill.billingAccountId,
        reason: p.reason,
        netMinor: p.netMinor,
        taxMinor,
        totalMinor: p.netMinor + taxMinor,
      },
    });
    await post(tx, {
      kind: "credit_note",
      billingAccountId: bill.billingAccountId,
      idempotencyKey: key,
      billId: bill.id,
      creditNoteId: note.id,
      description: p.reason,
      entries: [
        { account: "revenue", amountMinor: p.netMinor, billId: bill.id },
        { account: "vat_payable", amountMinor: taxMinor, billId: bill.id },
        { account: "receivable", amountMinor: -(p.netMinor + taxMinor), billId: bill.id },
      ],
    });
    return note;
  });
}

/** What the account owes (negative: in credit). */
export async function accountBalance(db: Db | Tx, billingAccountId: string): Promise<bigint> {
  const [row] = await db.$queryRaw<{ sum: bigint }[]>`
    SELECT coalesce(sum("amountMinor"), 0)::bigint AS sum FROM "LedgerEntry"
    WHERE "billingAccountId" = ${billingAccountId}::uuid AND account = 'receivable'`;
  return row?.sum ?? 0n;
}

/** What is still to pay on one bill. */
export async function billAmountDue(db: Db | Tx, billId: string): Promise<bigint> {
  const [row] = await db.$queryRaw<{ sum: bigint }[]>`
    SELECT coalesce(sum("amountMinor"), 0)::bigint AS sum FROM "LedgerEntry" WHERE "billId" = ${billId}::uuid AND account = 'receivable'`;
  return row?.sum ?? 0n;
}

/** A bill's status from its total, amount due and due date. */
export function billStatus(totalMinor: bigint, dueMinor: bigint, dueDate: IsoDate, asOf: IsoDate): BillStatus {
  if (dueMinor <= 0n) return "paid";
  if (asOf > dueDate) return "overdue";
  return dueMinor < totalMinor ? "partially_paid" : "issued";
}

/** Brings the stored status of every bill in line with the ledger (for the dunning job); set-based. */
export async function refreshBillStatuses(db: Db, asOf: IsoDate): Promise<number> {
  return db.$executeRaw`
    WITH due AS (
      SELECT b.id, CASE WHEN d.due <= 0 THEN 'paid' WHEN ${asOf}::date > b."dueDate" THEN 'overdue'
                        WHEN d.due < b."totalMinor" THEN 'partially_paid' ELSE 'issued' END::"BillStatus" AS status
      FROM "Bill" b
      CROSS JOIN LATERAL (SELECT coalesce(sum(e."amountMinor"), 0) AS due FROM "LedgerEntry" e
                          WHERE e."billId" = b.id AND e.account = 'receivable') d
    )
    UPDATE "Bill" b SET status = due.status FROM due WHERE due.id = b.id AND b.status <> due.status`;
}
