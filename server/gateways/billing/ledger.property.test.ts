import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { vatOf } from "~/server/domain/billing/rounding";
import { applyOps, ledgerOps, owed, type Books, type ModelBill } from "./__fixtures__/ledger-ops.fixture";
import { memoryLedger, type MemoryAccount, type MemoryBill } from "./memory-billing-ledger";

const account: MemoryAccount = {
  id: "acc-1",
  customerId: "cust-1",
  number: "BA-1",
  name: "Main",
  currency: "CZK",
  country: "CZ",
  billCycleDay: 1,
};
const czk = (amountMinor: number) => ({ amountMinor, currency: "CZK" });

const billsArb = fc.array(fc.record({ netMinor: fc.integer({ min: 100, max: 200_000 }), vatRateBp: fc.constantFrom(2_100, 1_200, 0) }), {
  minLength: 1,
  maxLength: 4,
});

function memoryBill(i: number, b: { netMinor: number; vatRateBp: number }): MemoryBill {
  const line = { service: null, costCentreId: null, usageKind: null, zone: null, startDate: null, endDate: null };
  return {
    id: `bill-${i}`,
    billNo: `BA-1/2026-0${i + 1}`,
    billingAccountId: account.id,
    period: `2026-0${i + 1}`,
    billingPeriod: { startDate: `2026-0${i + 1}-01`, endDate: `2026-0${i + 1}-28` },
    billDate: `2026-0${i + 2}-01`,
    paymentDueDate: `2026-0${i + 2}-15`,
    vatRateBp: b.vatRateBp,
    lines: [
      { ...line, id: `l-${i}`, kind: "recurring", description: "Mobile M", quantity: 30, amount: czk(b.netMinor) },
      {
        ...line,
        id: `t-${i}`,
        kind: "tax",
        description: "VAT",
        quantity: b.vatRateBp,
        amount: czk(Number(vatOf(BigInt(b.netMinor), b.vatRateBp))),
      },
    ],
    ratedUsage: [],
  };
}

describe("in-memory billing ledger", () => {
  it("owes what the bills, payments, part payments, refunds and credit notes add up to, and its statement sums to that", async () => {
    await fc.assert(
      fc.asyncProperty(billsArb, ledgerOps, async (specs, ops) => {
        const bills = specs.map((s, i) => memoryBill(i, s));
        const ledger = memoryLedger(new Map([[account.id, account]]), bills, () => new Date("2026-11-10T09:00:00Z"));
        const books: Books = {
          pay: async (p) => ledger.postPayment({ billingAccountId: account.id, ...p }),
          refund: async (p) => ledger.postRefund({ billingAccountId: account.id, ...p }),
          creditNote: async (p) => ledger.issueCreditNote({ ...p, reason: "property" }),
        };
        const model: ModelBill[] = bills.map((b, i) => {
          const netMinor = specs[i]!.netMinor;
          return { id: b.id, vatRateBp: b.vatRateBp, netMinor, totalMinor: netMinor + Number(vatOf(BigInt(netMinor), b.vatRateBp)) };
        });
        const done = await applyOps(books, model, ops, "run");
        const expected = owed(model, done);

        for (const b of bills) expect(ledger.remaining(b)).toBe(expected.due.get(b.id));
        expect(ledger.balance(account.id)).toBe(expected.balance);

        const statement = ledger.statement(account, "Anna", "2026-01-01", "2026-12-31");
        expect(statement.openingBalance.amountMinor).toBe(0);
        const entries = statement.entries.map((e) => e.amount.amountMinor);
        // debits (bills, refunds) less credits (payments, credit notes) is what is owed
        const debits = entries.filter((a) => a > 0).reduce((s, a) => s + a, 0);
        const credits = -entries.filter((a) => a < 0).reduce((s, a) => s + a, 0);
        expect(debits - credits).toBe(expected.balance);
        expect(statement.closingBalance.amountMinor).toBe(expected.balance);
        let running = 0;
        for (const e of statement.entries) expect(e.balance.amountMinor).toBe((running += e.amount.amountMinor));
      }),
      { numRuns: 200 },
    );
  });
});
