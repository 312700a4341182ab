// The ledger's bookkeeping over PostgreSQL, for random sequences of payments, part payments, refunds,
// credit notes and retries: every posting balances, and what is owed is the sum of the entries.
import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { applyOps, ledgerOps, owed, type Books, type ModelBill } from "~/server/gateways/billing/__fixtures__/ledger-ops.fixture";
import { seedBillingWorld } from "~/server/gateways/billing/__fixtures__/bill-run.fixture";
import { runBillRun } from "~/server/gateways/billing/bill-run";
import { accountBalance, billAmountDue, issueCreditNote, postPayment, postRefund } from "~/server/gateways/billing/ledger";
import { getStatement } from "~/server/gateways/billing/statement";
import { testDb } from "~/tests/kit/db";

describe("ledger over PostgreSQL", () => {
  const db = testDb();
  let accounts: { id: string; customerId: string; bills: ModelBill[] }[] = [];

  beforeAll(async () => {
    const ids = await seedBillingWorld(db, 4, 611);
    await runBillRun(db, { period: "2026-10", billingAccountIds: ids, issueDate: "2026-11-02" });
    const rows = await db.billingAccount.findMany({ where: { id: { in: ids } }, include: { bills: true } });
    accounts = rows
      .filter((a) => a.bills.some((b) => b.netMinor > 0n))
      .map((a) => ({
        id: a.id,
        customerId: a.customerId,
        bills: a.bills.map((b) => ({ id: b.id, netMinor: Number(b.netMinor), totalMinor: Number(b.totalMinor), vatRateBp: b.vatRateBp })),
      }));
  }, 120_000);

  const sums = async (billingAccountId: string) => {
    const [row] = await db.$queryRaw<{ debits: bigint; credits: bigint; unbalanced: bigint }[]>`
      SELECT coalesce(sum("amountMinor") FILTER (WHERE "amountMinor" > 0), 0)::bigint AS debits,
             coalesce(-sum("amountMinor") FILTER (WHERE "amountMinor" < 0), 0)::bigint AS credits,
             (SELECT count(*) FROM (SELECT 1 FROM "LedgerEntry" WHERE "billingAccountId" = ${billingAccountId}::uuid
                                    GROUP BY "postingId" HAVING sum("amountMinor") <> 0) u)::bigint AS unbalanced
      FROM "LedgerEntry" WHERE "billingAccountId" = ${billingAccountId}::uuid`;
    return row!;
  };

  it("keeps debits equal to credits and the balance equal to the sum of the entries", async () => {
    expect(accounts.length).toBeGreaterThan(0);
    let run = 0;
    await fc.assert(
      fc.asyncProperty(fc.nat(), ledgerOps, async (pick, ops) => {
        const account = accounts[pick % accounts.length]!;
        const before = {
          balance: Number(await accountBalance(db, account.id)),
          due: new Map(await Promise.all(account.bills.map(async (b) => [b.id, Number(await billAmountDue(db, b.id))] as const))),
        };
        // Earlier runs have moved these bills on: the model starts from what they owe now.
        const start = account.bills.map((b) => ({ ...b, totalMinor: before.due.get(b.id)! }));
        const books: Books = {
          pay: (p) =>
            postPayment(db, { billingAccountId: account.id, billId: p.billId, amountMinor: BigInt(p.amountMinor), reference: p.reference }),
          refund: (p) =>
            postRefund(db, { billingAccountId: account.id, billId: p.billId, amountMinor: BigInt(p.amountMinor), reference: p.reference }),
          creditNote: (p) =>
            issueCreditNote(db, { billId: p.billId, netMinor: BigInt(p.netMinor), reason: "property", reference: p.reference }),
        };
        const credited = await db.creditNote.groupBy({
          by: ["billId"],
          where: { billId: { in: account.bills.map((b) => b.id) } },
          _sum: { netMinor: true },
        });
        // what is left to credit on each bill, for the model's CONFLICT check
        const room = start.map((b) => ({
          ...b,
          netMinor: b.netMinor - Number(credited.find((c) => c.billId === b.id)?._sum.netMinor ?? 0n),
        }));
        const done = await applyOps(books, room, ops, `ledger-prop-${run++}`);
        const expected = owed(start, done);
        const unallocatedBefore = before.balance - [...before.due.values()].reduce((s, d) => s + d, 0);

        for (const b of account.bills) expect(Number(await billAmountDue(db, b.id))).toBe(expected.due.get(b.id));
        expect(Number(await accountBalance(db, account.id))).toBe(expected.balance + unallocatedBefore);

        const { debits, credits, unbalanced } = await sums(account.id);
        expect(unbalanced).toBe(0n);
        expect(debits).toBe(credits);
        const statement = await getStatement(
          db,
          { customerId: account.customerId, serviceIds: null },
          account.id,
          "2000-01-01",
          "2999-12-31",
        );
        expect(statement!.openingBalance.amountMinor).toBe(0);
        expect(statement!.entries.reduce((s, e) => s + e.amount.amountMinor, 0)).toBe(statement!.closingBalance.amountMinor);
        expect(statement!.closingBalance.amountMinor).toBe(expected.balance + unallocatedBefore);
      }),
      { numRuns: 25 },
    );
  }, 240_000);
});
