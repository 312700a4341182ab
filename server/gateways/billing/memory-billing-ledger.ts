// The in-memory billing system's books: bills as given, credit notes and payments as posted. What is
// owed is derived, as in the built-in ledger: total − credit notes − payments, per bill or account.
import { randomUUID } from "node:crypto";
import { vatOf } from "~/server/domain/billing/rounding";
import { billingPeriod, dayNumber, isoDate, type BillState, type IsoDate } from "~/server/domain/billing/vocabulary";
import { conflict, invalid, notFound } from "~/server/lib/errors";
import type {
  AccountStatement,
  BillLineView,
  BillPreview,
  CreditNoteView,
  PaymentView,
  RatedUsageView,
  StatementEntry,
} from "./billing-views";

export type MemoryAccount = {
  id: string;
  customerId: string;
  number: string;
  name: string;
  currency: string;
  country: string;
  billCycleDay: number;
};
export type MemoryService = {
  id: string;
  customerId: string;
  billingAccountId: string;
  kind: string;
  identifier: string;
  label: string | null;
  costCentreId: string | null;
};
/** An issued bill: its lines (tax lines included) are its amounts. */
export type MemoryBill = {
  id: string;
  billNo: string;
  billingAccountId: string;
  period: string;
  billingPeriod: { startDate: IsoDate; endDate: IsoDate };
  billDate: IsoDate;
  paymentDueDate: IsoDate;
  vatRateBp: number;
  lines: BillLineView[];
  ratedUsage: RatedUsageView[];
};
type Note = CreditNoteView & { netMinor: number };
type Payment = PaymentView & { postedAt: Date };

const day = (d: Date) => d.toISOString().slice(0, 10);
const sum = (xs: number[]) => xs.reduce((s, x) => s + x, 0);

export function memoryLedger(accounts: Map<string, MemoryAccount>, bills: MemoryBill[], now: () => Date) {
  const notes: Note[] = [];
  const payments: Payment[] = [];
  const currencyOf = (accountId: string) => accounts.get(accountId)?.currency ?? "EUR";
  const totals = (b: MemoryBill) => {
    const tax = sum(b.lines.filter((l) => l.kind === "tax").map((l) => l.amount.amountMinor));
    const net = sum(b.lines.filter((l) => l.kind !== "tax").map((l) => l.amount.amountMinor));
    return { net, tax, total: net + tax };
  };
  const remaining = (b: MemoryBill) =>
    totals(b).total -
    sum(notes.filter((n) => n.billId === b.id).map((n) => n.taxIncludedAmount.amountMinor)) -
    sum(payments.filter((p) => p.billId === b.id).map((p) => p.amount.amountMinor));
  const state = (b: MemoryBill, asOf: IsoDate): BillState => {
    const due = remaining(b);
    if (due <= 0) return "paid";
    if (asOf > b.paymentDueDate) return "overdue";
    return due < totals(b).total ? "partially_paid" : "issued";
  };
  const balance = (accountId: string) =>
    sum(bills.filter((b) => b.billingAccountId === accountId).map(remaining)) -
    sum(payments.filter((p) => p.billingAccountId === accountId && !p.billId).map((p) => p.amount.amountMinor));

  return {
    notes,
    payments,
    totals,
    remaining,
    state,
    balance,

    issueCreditNote(input: { billId: string; netMinor: number; reason: string; reference: string }): CreditNoteView {
      if (input.netMinor <= 0) throw invalid("netMinor", "a credit note must be positive");
      const bill = bills.find((b) => b.id === input.billId);
      if (!bill) throw notFound("bill");
      const done = notes.find((n) => n.reference === input.reference);
      if (done) return done;
      const onBill = notes.filter((n) => n.billId === bill.id);
      if (sum(onBill.map((n) => n.netMinor)) + input.netMinor > totals(bill).net)
        throw conflict("a credit note cannot exceed what is left of the bill's net amount");
      const total = input.netMinor + Number(vatOf(BigInt(input.netMinor), bill.vatRateBp));
      const note: Note = {
        id: randomUUID(),
        number: `${bill.billNo}/CN${onBill.length + 1}`,
        billId: bill.id,
        reason: input.reason,
        issuedAt: now(),
        taxIncludedAmount: { amountMinor: total, currency: currencyOf(bill.billingAccountId) },
        reference: input.reference,
        netMinor: input.netMinor,
      };
      notes.push(note);
      return note;
    },

    postPayment(input: {
      billingAccountId: string;
      billId?: string | null;
      amountMinor: number;
      reference: string;
      postedAt?: Date;
    }): PaymentView {
      if (input.amountMinor <= 0) throw invalid("amountMinor", "a payment must be positive");
      const done = payments.find((p) => p.reference === input.reference && p.amount.amountMinor > 0);
      if (done) return done;
      if (!accounts.has(input.billingAccountId)) throw notFound("billing account");
      const payment: Payment = {
        id: randomUUID(),
        billingAccountId: input.billingAccountId,
        billId: input.billId ?? null,
        reference: input.reference,
        amount: { amountMinor: input.amountMinor, currency: currencyOf(input.billingAccountId) },
        postedAt: input.postedAt ?? now(),
      };
      payments.push(payment);
      return payment;
    },

    /** Kept as a negative payment: what is owed is derived the same way. */
    postRefund(input: { billingAccountId: string; billId?: string | null; amountMinor: number; reference: string }): PaymentView {
      if (input.amountMinor <= 0) throw invalid("amountMinor", "a refund must be positive");
      const done = payments.find((p) => p.reference === input.reference && p.amount.amountMinor < 0);
      if (done) return { ...done, amount: { ...done.amount, amountMinor: -done.amount.amountMinor } };
      if (!accounts.has(input.billingAccountId)) throw notFound("billing account");
      const currency = currencyOf(input.billingAccountId);
      const refund: Payment = {
        id: randomUUID(),
        billingAccountId: input.billingAccountId,
        billId: input.billId ?? null,
        reference: input.reference,
        amount: { amountMinor: -input.amountMinor, currency },
        postedAt: now(),
      };
      payments.push(refund);
      return { ...refund, amount: { amountMinor: input.amountMinor, currency } };
    },

    statement(account: MemoryAccount, customerName: string, from: IsoDate, to: IsoDate): AccountStatement {
      const money = (amountMinor: number) => ({ amountMinor, currency: account.currency });
      const own = bills.filter((b) => b.billingAccountId === account.id);
      const billNo = (id: string | null) => own.find((b) => b.id === id)?.billNo ?? null;
      const postings = [
        ...own.map((b) => ({ date: b.billDate, kind: "bill" as const, reference: b.billNo, billNo: b.billNo, amount: totals(b).total })),
        ...notes
          .filter((n) => billNo(n.billId))
          .map((n) => ({
            date: day(n.issuedAt),
            kind: "credit_note" as const,
            reference: n.number,
            billNo: billNo(n.billId),
            amount: -n.taxIncludedAmount.amountMinor,
          })),
        ...payments
          .filter((p) => p.billingAccountId === account.id)
          .map((p) => ({
            date: day(p.postedAt),
            kind: p.amount.amountMinor < 0 ? ("refund" as const) : ("payment" as const),
            reference: p.reference,
            billNo: billNo(p.billId),
            amount: -p.amount.amountMinor,
          })),
      ]
        .filter((p) => p.date <= to)
        .sort((a, b) => a.date.localeCompare(b.date));
      const opening = sum(postings.filter((p) => p.date < from).map((p) => p.amount));
      let running = opening;
      const entries: StatementEntry[] = postings
        .filter((p) => p.date >= from)
        .map((p) => ({ ...p, amount: money(p.amount), balance: money((running += p.amount)) }));
      return {
        billingAccount: { id: account.id, number: account.number, name: account.name, currency: account.currency, customerName },
        from,
        to,
        openingBalance: money(opening),
        entries,
        closingBalance: money(running),
      };
    },
  };
}

/** A preview with nothing on it yet: an account whose period has no charges. */
export function emptyPreview(billingAccountId: string, period: string, currency: string, billCycleDay: number): BillPreview {
  const { start, end } = billingPeriod(period, billCycleDay);
  return {
    billingAccountId,
    period,
    billingPeriod: { startDate: start, endDate: isoDate(dayNumber(end) - 1) },
    lines: [],
    usage: [],
    taxExcludedAmount: { amountMinor: 0, currency },
    taxIncludedAmount: { amountMinor: 0, currency },
    partial: false,
  };
}
