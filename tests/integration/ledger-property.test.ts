// The ledger's bookkeeping over PostgreSQL, for random sequences of payments, part payments, refunds,
// credit notes, retries and payment arrangements (made over the overdue balance by the collections service, paid
// instalment by instalment, or broken by a missed instalment that the dunning job finds): every posting balances,
// what is owed is the sum of the entries, and a plan's progress is what the books say its bills were paid down.
import { randomUUID } from "node:crypto";
import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import type { CustomerActor } from "~/server/auth/principal";
import { depsFor } from "~/server/container";
import {
  applyOps,
  ledgerOp,
  owed,
  type Books,
  type LedgerOp,
  type ModelBill,
  type OtherOp,
} from "~/server/gateways/billing/__fixtures__/ledger-ops.fixture";
import { seedBillingWorld } from "~/server/gateways/billing/__fixtures__/bill-run.fixture";
import { runBillRun } from "~/server/gateways/billing/bill-run";
import { accountBalance, billAmountDue, issueCreditNote, postPayment, postRefund } from "~/server/gateways/billing/ledger";
import { getStatement } from "~/server/gateways/billing/statement";
import { dunning } from "~/server/jobs/dunning";
import { fixedClock } from "~/server/lib/clock";
import { instalmentCounts } from "~/server/modules/collections/arrangement-rules";
import { arrange, getCollections, offerArrangement } from "~/server/modules/collections/collections.service";
import { principalOf } from "~/tests/kit/caller";
import { testDb } from "~/tests/kit/db";

type ArrangementOp = { kind: "arrange"; instalments: (typeof instalmentCounts)[number] } | { kind: "instalment" } | { kind: "miss" };
// A missed instalment bars the customer from another plan for a year: misses are rarer than the other steps.
const arrangementOp = fc.oneof(
  { arbitrary: fc.record({ kind: fc.constant("arrange" as const), instalments: fc.constantFrom(...instalmentCounts) }), weight: 3 },
  { arbitrary: fc.constant({ kind: "instalment" as const }), weight: 3 },
  { arbitrary: fc.constant({ kind: "miss" as const }), weight: 1 },
);
const ops = fc.array(fc.oneof({ arbitrary: ledgerOp, weight: 3 }, { arbitrary: arrangementOp, weight: 2 }), {
  minLength: 1,
  maxLength: 12,
});

const examples: [number, (LedgerOp | ArrangementOp)[]][] = [
  // made, paid in part and by instalment, then missed: broken
  [0, [{ kind: "arrange", instalments: 3 }, { kind: "instalment" }, { kind: "part_payment", bill: 0, share: 0.1 }, { kind: "miss" }]],
  // a second plan on the account refused; a refund undone by the instalments, all paid: kept
  [
    1,
    [
      { kind: "arrange", instalments: 2 },
      { kind: "arrange", instalments: 3 },
      { kind: "refund", bill: 0, amountMinor: 1234 },
    ],
  ],
  [1, [{ kind: "instalment" }, { kind: "instalment" }, { kind: "miss" }]],
  // broken, and no new plan for a year
  [2, [{ kind: "arrange", instalments: 2 }, { kind: "miss" }, { kind: "arrange", instalments: 2 }]],
];

/** The bills fall due on 16 November; the runs start on 1 December and a missed instalment moves the day on. */
let now = new Date("2026-12-01T06:00:00Z");
const deps = () => depsFor(testDb(), fixedClock(now));
const tally = { arranged: 0, refused: 0, instalments: 0, broken: 0, kept: 0 };
const activePlan = (billingAccountId: string) => testDb().paymentArrangement.findFirst({ where: { billingAccountId, status: "active" } });
const planOf = async (actor: CustomerActor, billingAccountId: string) =>
  (await getCollections(deps(), actor, { billingAccountId })).arrangement;

/** Arrangements through the collections service, as the overdue page makes them; instalments paid through the books. */
const arrangements =
  (actor: CustomerActor, billingAccountId: string): OtherOp<ArrangementOp> =>
  async (op, pay) => {
    const active = await activePlan(billingAccountId);
    if (op.kind === "arrange") {
      const offer = await offerArrangement(deps(), actor, { billingAccountId });
      const made = arrange(deps(), actor, { billingAccountId, instalments: op.instalments, idempotencyKey: randomUUID() });
      if (active || !offer.eligible) {
        await expect(made).rejects.toMatchObject({ code: active ? "CONFLICT" : "INVALID_STATE" });
        tally.refused++;
        return;
      }
      const plan = await made;
      expect(plan).toMatchObject({ status: "active", totalMinor: offer.totalMinor });
      expect(plan.instalments).toHaveLength(op.instalments);
      expect(plan.instalments.reduce((s, i) => s + i.amountMinor, 0)).toBe(offer.totalMinor);
      tally.arranged++;
      return;
    }
    const plan = active && (await planOf(actor, billingAccountId));
    if (!plan) return;
    const next = plan.instalments.findIndex((i) => i.state !== "paid");
    if (op.kind === "miss") {
      // The day after the first instalment not paid in full (none: the plan is kept), and the daily job runs.
      if (next >= 0) now = new Date(Math.max(now.getTime(), Date.parse(`${plan.instalments[next]!.dueDate}T06:00:00Z`) + 86_400_000));
      await dunning(testDb(), now, [billingAccountId]);
      const closed = await testDb().paymentArrangement.findUniqueOrThrow({ where: { id: plan.id } });
      expect(closed.status).toBe(next >= 0 ? "broken" : "kept");
      tally[next >= 0 ? "broken" : "kept"]++;
      return;
    }
    if (next < 0 || plan.status !== "active") return;
    // What is left of the next instalment, paid on the plan's bills oldest first. A refund since the plan was made has
    // put money back on its bills: that is paid down again first (the view's paidMinor stops at zero).
    const dues = await Promise.all(active.billIds.map(async (id) => Math.max(0, Number(await billAmountDue(testDb(), id)))));
    const paidDown = Number(active.startRemainingMinor) - dues.reduce((s, d) => s + d, 0);
    let left = plan.instalments.slice(0, next + 1).reduce((s, i) => s + i.amountMinor, 0) - paidDown;
    for (const bill of plan.bills) {
      const part = Math.min(left, Number(await billAmountDue(testDb(), bill.id)));
      if (part > 0) await pay(bill.id, part);
      left -= Math.max(part, 0);
    }
    if (left === 0) expect((await planOf(actor, billingAccountId))!.instalments[next]!.state).toBe("paid");
    tally.instalments++;
  };

describe("ledger over PostgreSQL", () => {
  const db = testDb();
  let accounts: { id: string; customerId: string; ownerId: string; bills: ModelBill[] }[] = [];

  beforeAll(async () => {
    const ids = await seedBillingWorld(db, 10, 611);
    await runBillRun(db, { period: "2026-10", billingAccountIds: ids, issueDate: "2026-11-02" });
    const rows = await db.billingAccount.findMany({ where: { id: { in: ids } }, include: { bills: true } });
    const owners = await db.membership.findMany({ where: { customerId: { in: rows.map((a) => a.customerId) }, role: "owner" } });
    accounts = rows
      .filter((a) => a.bills.some((b) => b.netMinor > 0n))
      .map((a) => ({
        id: a.id,
        customerId: a.customerId,
        ownerId: owners.find((m) => m.customerId === a.customerId)!.userId,
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

  it("keeps debits equal to credits, the balance equal to the sum of the entries, and plans in step with the books", async () => {
    expect(accounts.length).toBeGreaterThan(0);
    let run = 0;
    await fc.assert(
      fc.asyncProperty(fc.nat(), ops, async (pick, sequence) => {
        const account = accounts[pick % accounts.length]!;
        const actor = (await principalOf({ userId: account.ownerId }, { customerId: account.customerId })) as CustomerActor;
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
        const done = await applyOps(books, room, sequence, `ledger-prop-${run++}`, arrangements(actor, account.id));
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

        // A plan still running has been paid what its bills were paid down since it was made, by whatever means.
        const active = await activePlan(account.id);
        if (active) {
          const owedNow = active.billIds.reduce((s, id) => s + Math.max(0, expected.due.get(id)!), 0);
          expect((await planOf(actor, account.id))!.paidMinor).toBe(Math.max(0, Number(active.startRemainingMinor) - owedNow));
        }
      }),
      // The first runs walk each arrangement path for sure (while the bills are still owed); the rest are random.
      { numRuns: 30, examples },
    );
    // Every arrangement step was taken: plans made and refused, instalments paid, plans broken and kept.
    for (const step of ["arranged", "refused", "instalments", "broken", "kept"] as const) expect(tally[step], step).toBeGreaterThan(0);
  }, 240_000);
});
