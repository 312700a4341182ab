// For the ledger property tests: random sequences of payments (in full, in part, on the account),
// refunds, credit notes and retries of any of them, applied to a set of bills, and the arithmetic model
// of what each bill and the account must then owe. Every implementation of the books is checked against it.
import fc from "fast-check";
import { vatOf } from "~/server/domain/billing/rounding";

export type LedgerOp =
  | { kind: "payment"; bill: number | null; share: number }
  | { kind: "part_payment"; bill: number; share: number }
  | { kind: "refund"; bill: number | null; amountMinor: number }
  | { kind: "credit_note"; bill: number; share: number }
  | { kind: "retry"; of: number };

const bill = fc.nat({ max: 7 });
const share = fc.double({ min: 0.01, max: 1, noNaN: true });

/** One operation on the books; a suite over a wider world mixes in operations of its own (see applyOps). */
export const ledgerOp = fc.oneof(
  fc.record({ kind: fc.constant("payment" as const), bill: fc.option(bill, { nil: null }), share }),
  fc.record({ kind: fc.constant("part_payment" as const), bill, share }),
  fc.record({
    kind: fc.constant("refund" as const),
    bill: fc.option(bill, { nil: null }),
    amountMinor: fc.integer({ min: 1, max: 20_000 }),
  }),
  fc.record({ kind: fc.constant("credit_note" as const), bill, share: fc.double({ min: 0.01, max: 0.7, noNaN: true }) }),
  fc.record({ kind: fc.constant("retry" as const), of: fc.nat() }),
);

export const ledgerOps = fc.array(ledgerOp, { minLength: 1, maxLength: 12 });
const ledgerKinds = new Set<string>(["payment", "part_payment", "refund", "credit_note", "retry"]);

export type ModelBill = { id: string; netMinor: number; totalMinor: number; vatRateBp: number };

/** The books under test: each call is idempotent per reference; a credit note beyond the bill's net is a CONFLICT. */
export interface Books {
  pay(p: { billId: string | null; amountMinor: number; reference: string }): Promise<unknown>;
  refund(p: { billId: string | null; amountMinor: number; reference: string }): Promise<unknown>;
  creditNote(p: { billId: string; netMinor: number; reference: string }): Promise<unknown>;
}

/** A call that took effect; amountMinor is what it moves (a credit note: its total with VAT). */
export type Call = {
  kind: "pay" | "refund" | "creditNote";
  billId: string | null;
  amountMinor: number;
  reference: string;
  netMinor?: number;
};

/** What the account and each bill owe, from the bills' totals and the calls that took effect. */
export function owed(bills: ModelBill[], done: Call[]) {
  const due = new Map(bills.map((b) => [b.id, b.totalMinor]));
  let unallocated = 0;
  for (const c of done) {
    const delta = c.kind === "refund" ? c.amountMinor : -c.amountMinor;
    if (c.billId) due.set(c.billId, due.get(c.billId)! + delta);
    else unallocated += delta;
  }
  return { due, balance: [...due.values()].reduce((s, d) => s + d, unallocated) };
}

/** A suite's own operation (a payment arrangement, say); the payments it makes go through `pay`, so the model counts them. */
export type OtherOp<E> = (op: E, pay: (billId: string, amountMinor: number) => Promise<void>) => Promise<void>;

/**
 * Applies the operations to the books and returns the calls that took effect. `prefix` keeps references
 * apart between runs on one database; a retry repeats an earlier call with its reference and changes nothing.
 * Operations of other kinds go to `other`.
 */
export async function applyOps<E extends { kind: string } = never>(
  books: Books,
  bills: ModelBill[],
  ops: (LedgerOp | E)[],
  prefix: string,
  other?: OtherOp<E>,
) {
  const done: Call[] = [];
  const credited = new Map<string, number>();
  const dueOf = (id: string | null) => (id ? owed(bills, done).due.get(id)! : 0);
  for (const [i, any] of ops.entries()) {
    const reference = `${prefix}-${i}`;
    if (!ledgerKinds.has(any.kind)) {
      let part = 0;
      await other!(any as E, async (billId, amountMinor) => {
        const call = { kind: "pay" as const, billId, amountMinor, reference: `${reference}-${part++}` };
        await books.pay(call);
        done.push(call);
      });
      continue;
    }
    const op = any as LedgerOp;
    if (op.kind === "retry") {
      const first = done[op.of % Math.max(done.length, 1)];
      if (!first) continue;
      if (first.kind === "creditNote")
        await books.creditNote({ billId: first.billId!, netMinor: first.netMinor!, reference: first.reference });
      else await books[first.kind]({ billId: first.billId, amountMinor: first.amountMinor, reference: first.reference });
      continue;
    }
    const b = op.bill === null ? null : bills[op.bill % bills.length]!;
    const billId = b?.id ?? null;
    if (op.kind === "refund") {
      await books.refund({ billId, amountMinor: op.amountMinor, reference });
      done.push({ kind: "refund", billId, amountMinor: op.amountMinor, reference });
    } else if (op.kind === "credit_note") {
      const netMinor = Math.max(1, Math.floor(b!.netMinor * op.share));
      const fits = (credited.get(b!.id) ?? 0) + netMinor <= b!.netMinor;
      const call = books.creditNote({ billId: b!.id, netMinor, reference });
      if (!fits) {
        await call.then(
          () => Promise.reject(new Error(`a credit note beyond the net of bill ${b!.id} was accepted`)),
          (e: { code?: string }) => (e.code === "CONFLICT" ? undefined : Promise.reject(e)),
        );
        continue;
      }
      await call;
      credited.set(b!.id, (credited.get(b!.id) ?? 0) + netMinor);
      const totalMinor = netMinor + Number(vatOf(BigInt(netMinor), b!.vatRateBp));
      done.push({ kind: "creditNote", billId: b!.id, amountMinor: totalMinor, reference, netMinor });
    } else {
      // in full (or, with nothing left, an overpayment) or a part of what is left
      const left = dueOf(billId);
      const amountMinor = Math.max(1, op.kind === "payment" && left > 0 ? left : Math.floor(Math.max(left, 10_000) * op.share));
      await books.pay({ billId, amountMinor, reference });
      done.push({ kind: "pay", billId, amountMinor, reference });
    }
  }
  return done;
}
