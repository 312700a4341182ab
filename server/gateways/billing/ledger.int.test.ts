// The ledger's invariants, enforced by PostgreSQL, and the money flows built on them.
import { beforeAll, describe, expect, it } from "vitest";
import { testDb } from "~/tests/kit/db";
import { runBillRun } from "./bill-run";
import { dbRefusal, seedBillingWorld } from "./__fixtures__/bill-run.fixture";
import { accountBalance, billAmountDue, billStatus, issueCreditNote, postPayment, postRefund, refreshBillStatuses } from "./ledger";

describe("ledger", () => {
  const db = testDb();
  let bill: { id: string; billingAccountId: string; totalMinor: bigint; netMinor: bigint; vatRateBp: number };

  beforeAll(async () => {
    const accounts = await seedBillingWorld(db, 3, 202);
    await runBillRun(db, { period: "2026-10", billingAccountIds: accounts, issueDate: "2026-11-02" });
    bill = await db.bill.findFirstOrThrow({ where: { billingAccountId: { in: accounts }, totalMinor: { gt: 10_000n } } });
  }, 120_000);

  const posting = (key: string) =>
    db.ledgerPosting.create({ data: { kind: "payment", billingAccountId: bill.billingAccountId, idempotencyKey: key } });

  it("rejects a posting whose entries do not sum to zero, at commit", async () => {
    const refusal = await dbRefusal(
      db.$transaction(async (tx) => {
        const p = await tx.ledgerPosting.create({
          data: { kind: "payment", billingAccountId: bill.billingAccountId, idempotencyKey: "unbalanced" },
        });
        await tx.ledgerEntry.create({
          data: { postingId: p.id, account: "cash", billingAccountId: bill.billingAccountId, amountMinor: 100n },
        });
      }),
    );
    expect(refusal).toMatch(/^23514 ledger posting \d+ does not balance: its entries sum to 100/);
    expect(await db.ledgerPosting.count({ where: { idempotencyKey: "unbalanced" } })).toBe(0);
  });

  it("accepts a balanced posting written in several statements of one transaction", async () => {
    await db.$transaction(async (tx) => {
      const p = await tx.ledgerPosting.create({
        data: { kind: "payment", billingAccountId: bill.billingAccountId, idempotencyKey: "two-statements" },
      });
      await tx.ledgerEntry.create({ data: { postingId: p.id, account: "cash", billingAccountId: bill.billingAccountId, amountMinor: 0n } });
      await tx.ledgerEntry.create({ data: { postingId: p.id, account: "cash", billingAccountId: bill.billingAccountId, amountMinor: 7n } });
      await tx.ledgerEntry.create({
        data: { postingId: p.id, account: "cash", billingAccountId: bill.billingAccountId, amountMinor: -7n },
      });
    });
    expect(await db.ledgerEntry.count({ where: { posting: { idempotencyKey: "two-statements" } } })).toBe(3);
  });

  it("refuses to update or delete an entry or a posting", async () => {
    const entry = await db.ledgerEntry.findFirstOrThrow({ where: { billId: bill.id } });
    expect(await dbRefusal(db.ledgerEntry.update({ where: { id: entry.id }, data: { amountMinor: 1n } }))).toMatch(
      /^23001 LedgerEntry rows are immutable \(UPDATE refused\)/,
    );
    expect(await dbRefusal(db.ledgerEntry.delete({ where: { id: entry.id } }))).toMatch(
      /^23001 LedgerEntry rows are immutable \(DELETE refused\)/,
    );
    const p = await posting("to-delete");
    expect(await dbRefusal(db.ledgerPosting.delete({ where: { id: p.id } }))).toMatch(/^23001 LedgerPosting rows are immutable/);
  });

  it("derives amount due and balance from entries as payments, credit notes and refunds post", async () => {
    const due = () => billAmountDue(db, bill.id);
    const balanceBefore = await accountBalance(db, bill.billingAccountId);
    expect(await due()).toBe(bill.totalMinor);
    expect(billStatus(bill.totalMinor, await due(), "2026-11-16", "2026-11-10")).toBe("issued");

    await postPayment(db, { billingAccountId: bill.billingAccountId, billId: bill.id, amountMinor: 5_000n, reference: "pi_1" });
    await postPayment(db, { billingAccountId: bill.billingAccountId, billId: bill.id, amountMinor: 5_000n, reference: "pi_1" }); // a retry
    expect(await due()).toBe(bill.totalMinor - 5_000n);
    expect(billStatus(bill.totalMinor, await due(), "2026-11-16", "2026-11-10")).toBe("partially_paid");
    expect(billStatus(bill.totalMinor, await due(), "2026-11-16", "2026-11-17")).toBe("overdue");

    const note = await issueCreditNote(db, { billId: bill.id, netMinor: 1_000n, reason: "outage", reference: "t-1" });
    expect(note.totalMinor).toBe(1_000n + (1_000n * BigInt(bill.vatRateBp) + 5_000n) / 10_000n);
    expect(await issueCreditNote(db, { billId: bill.id, netMinor: 1_000n, reason: "outage", reference: "t-1" })).toEqual(note);
    await expect(
      issueCreditNote(db, { billId: bill.id, netMinor: bill.netMinor, reason: "too much", reference: "t-2" }),
    ).rejects.toMatchObject({ code: "CONFLICT" });
    expect(await due()).toBe(bill.totalMinor - 5_000n - note.totalMinor);

    const rest = await due();
    await postPayment(db, { billingAccountId: bill.billingAccountId, billId: bill.id, amountMinor: rest, reference: "pi_2" });
    expect(await due()).toBe(0n);
    expect(await refreshBillStatuses(db, "2026-11-10")).toBeGreaterThan(0);
    expect((await db.bill.findUniqueOrThrow({ where: { id: bill.id } })).status).toBe("paid");

    await postRefund(db, { billingAccountId: bill.billingAccountId, billId: bill.id, amountMinor: 500n, reference: "re_1" });
    expect(await due()).toBe(500n);
    expect(await accountBalance(db, bill.billingAccountId)).toBe(balanceBefore - 5_000n - note.totalMinor - rest + 500n);
  });
});
