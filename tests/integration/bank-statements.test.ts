// The billing agent's bank statement import over the real router and database: credits matched by variable symbol and
// amount are posted once and show as bank transfers on the customer's Payments page; a second import changes nothing;
// what cannot be matched waits to be assigned by hand (posted once) or returned; a malformed file imports nothing.
import { readFileSync } from "node:fs";
import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { variableSymbolOf } from "~/server/lib/spayd";
import { callerAs, createHousehold, createStaff, issueBills, kitClock, rejectionCode, testDb, type Caller } from "~/tests/kit";

const clock = kitClock();
let agent: Caller;
beforeAll(async () => {
  agent = await callerAs(await createStaff("billing_agent"), { clock });
});

async function billToPay() {
  const home = await createHousehold();
  const { bill } = await issueBills({ bill: home.billingAccountId });
  const customer = await callerAs(home, { clock });
  const detail = await customer.bills.get({ billId: bill });
  return { home, bill, customer, detail, symbol: variableSymbolOf(detail.billNo), due: detail.remainingAmount };
}

const HEADER = "date,amount,currency,variable_symbol,reference,payer";
const major = (minor: number) => (minor / 100).toFixed(2);
const csvOf = (rows: string[]) => [HEADER, ...rows].join("\n");
const postings = (billId: string) => testDb().ledgerPosting.count({ where: { billId, kind: "payment" } });

describe("bank statement import", () => {
  it("pays one bill in full and another in part, ignores the debit, and changes nothing when imported again", async () => {
    const full = await billToPay();
    const part = await billToPay();
    const tag = randomUUID();
    const file = csvOf([
      `2026-11-20,${major(full.due.amountMinor)},${full.due.currency},${full.symbol},${tag}-1,Jana`,
      `2026-11-20,1.00,${part.due.currency},${part.symbol},${tag}-2,Jana`,
      `2026-11-20,-99.00,${part.due.currency},,${tag}-3,Supplier`,
      `2026-11-21,5.00,${part.due.currency},9999999999,${tag}-4,Stranger`,
    ]);
    const first = await agent.bank.import({ fileName: "statement.csv", content: file });
    expect(first).toMatchObject({ errors: [], summary: { format: "csv", credits: 3, known: 0, matched: 2, unmatched: 1, debits: 1 } });

    expect(await full.customer.bills.get({ billId: full.bill })).toMatchObject({ state: "paid", remainingAmount: { amountMinor: 0 } });
    const partly = await part.customer.bills.get({ billId: part.bill });
    // Past its due date a part-paid bill stays overdue; what is left is lower.
    expect(partly).toMatchObject({ state: "overdue", remainingAmount: { amountMinor: part.due.amountMinor - 100 } });
    const payments = await full.customer.payments.list({});
    expect(payments.items).toEqual([
      expect.objectContaining({
        method: "bank_transfer",
        card: null,
        state: "succeeded",
        amount: full.due,
        bill: { id: full.bill, number: full.detail.billNo },
      }),
    ]);

    const again = await agent.bank.import({ fileName: "statement.csv", content: file });
    expect(again.summary).toMatchObject({ credits: 3, known: 3, matched: 0, unmatched: 0 });
    expect([await postings(full.bill), await postings(part.bill)]).toEqual([1, 1]);
    expect(await testDb().bankCredit.count({ where: { entryRef: { startsWith: tag } } })).toBe(3);
    expect((await full.customer.payments.list({})).total).toBe(1);
    const trail = await testDb().auditLog.findMany({
      where: { action: "bank.import", entityId: { in: [first.summary!.importId, again.summary!.importId] } },
    });
    expect(trail).toHaveLength(2);
  });

  it("reads a CAMT.053 statement and leaves more than is due for the agent", async () => {
    const { bill, customer, symbol, due } = await billToPay();
    const tag = randomUUID();
    const sample = readFileSync(
      new URL("../../server/modules/payments/bank-statement/__fixtures__/statement.camt053.xml", import.meta.url),
      "utf8",
    );
    const xml = sample
      .replaceAll('Ccy="CZK"', `Ccy="${due.currency}"`)
      .replace("/VS/1000012610/", `/VS/${symbol}/`)
      .replace(">1250.00<", `>${major(due.amountMinor)}<`)
      .replace(">0002026007<", `>${symbol}<`)
      .replace(">399.90<", `>${major(due.amountMinor + 1)}<`)
      .replaceAll("<AcctSvcrRef>2026112", `<AcctSvcrRef>${tag}-2026112`);
    const result = await agent.bank.import({ fileName: "statement.xml", content: xml });
    expect(result.summary).toMatchObject({ format: "camt.053", credits: 3, matched: 1, unmatched: 2, debits: 1, ignored: 1 });
    expect((await customer.bills.get({ billId: bill })).state).toBe("paid");
    const waiting = (await agent.bank.credits({})).filter((c) => c.entryRef.startsWith(tag));
    expect(waiting.map((c) => [c.reason, c.bill?.id ?? null])).toEqual(
      expect.arrayContaining([
        ["nothing_due", bill],
        ["no_symbol", null],
      ]),
    );
  });

  it("an unknown credit waits unmatched; the agent assigns it to a bill by number, posted once, and returns another", async () => {
    const { home, bill, customer, detail, due } = await billToPay();
    const tag = randomUUID();
    const file = csvOf([`2026-11-20,2.50,${due.currency},123,${tag}-a,Jana`, `2026-11-20,7.00,${due.currency},,${tag}-b,Someone`]);
    expect((await agent.bank.import({ fileName: "s.csv", content: file })).summary).toMatchObject({ matched: 0, unmatched: 2 });
    const waiting = await agent.bank.credits({ state: "unmatched" });
    const a = waiting.find((c) => c.entryRef === `${tag}-a`)!;
    const b = waiting.find((c) => c.entryRef === `${tag}-b`)!;
    expect(a).toMatchObject({ state: "unmatched", reason: "unknown_symbol", amount: { amountMinor: 250 }, bill: null });

    const assigned = await agent.bank.assign({ creditId: a.id, billNumber: detail.billNo.toLowerCase() });
    expect(assigned).toMatchObject({ state: "assigned", bill: { id: bill, number: detail.billNo }, customerId: home.customerId });
    expect(await agent.bank.assign({ creditId: a.id, billNumber: detail.billNo })).toMatchObject({ state: "assigned" });
    expect(await postings(bill)).toBe(1);
    expect((await customer.bills.get({ billId: bill })).remainingAmount.amountMinor).toBe(due.amountMinor - 250);
    expect(await testDb().auditLog.count({ where: { action: "bank.assign", entityId: a.id } })).toBe(1);

    expect(await rejectionCode(agent.bank.assign({ creditId: b.id, billNumber: "BA-0000000000/1999-01" }))).toBe("NOT_FOUND");
    expect(await agent.bank.return({ creditId: b.id })).toMatchObject({ state: "returned" });
    expect(await rejectionCode(agent.bank.assign({ creditId: b.id, billNumber: detail.billNo }))).toBe("PRECONDITION_FAILED");
    expect(await rejectionCode(agent.bank.return({ creditId: randomUUID() }))).toBe("NOT_FOUND");
    expect(await testDb().auditLog.count({ where: { action: "bank.return", entityId: b.id } })).toBe(1);
    expect((await agent.bank.credits({})).map((c) => c.id)).not.toContain(b.id);
  });

  it("a malformed file imports nothing and says what is wrong with each entry", async () => {
    const { bill, symbol, due } = await billToPay();
    const tag = randomUUID();
    const file = csvOf([
      `2026-11-20,${major(due.amountMinor)},${due.currency},${symbol},${tag}-1,Jana`,
      `2026-11-31,1.00,${due.currency},${symbol},${tag}-2,Jana`,
      `2026-11-20,1.00,${due.currency},${symbol},${tag}-1,Jana`,
    ]);
    const result = await agent.bank.import({ fileName: "bad.csv", content: file });
    expect(result).toEqual({
      summary: null,
      errors: [
        { entry: 2, field: "date", code: "invalid_date" },
        { entry: 3, field: "reference", code: "duplicate_reference", detail: "entry 1" },
      ],
    });
    expect(await testDb().bankCredit.count({ where: { entryRef: { startsWith: tag } } })).toBe(0);
    expect(await postings(bill)).toBe(0);
  });

  it("is the billing agents' only", async () => {
    const { home } = await billToPay();
    const [subscriber, dispatcher] = [await callerAs(home, { clock }), await callerAs(await createStaff("dispatcher"), { clock })];
    for (const caller of [subscriber, dispatcher]) {
      expect(await rejectionCode(caller.bank.import({ fileName: "s.csv", content: csvOf([]) }))).toBe("FORBIDDEN");
      expect(await rejectionCode(caller.bank.credits({}))).toBe("FORBIDDEN");
      expect(await rejectionCode(caller.bank.return({ creditId: randomUUID() }))).toBe("FORBIDDEN");
    }
  });
});
