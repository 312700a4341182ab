// The SQL bill run against the pure rating (the reference), on a generated world in a real PostgreSQL.
import { beforeAll, describe, expect, it } from "vitest";
import { testDb } from "~/tests/kit/db";
import { runBillRun } from "./bill-run";
import { dbRefusal, seedBillingWorld } from "./__fixtures__/bill-run.fixture";
import { loadAccountInput, loadCatalogue } from "./rating-input";
import { billingPeriod, type BillDraft } from "./rating";
import { rateAccount } from "./rating-account";

const PERIOD = "2026-10";
const day = (d: Date | null) => (d ? d.toISOString().slice(0, 10) : null);
const lineKey = (l: Record<string, unknown>) =>
  ["kind", "serviceId", "planId", "addOnId", "discountId", "oneTimeChargeId", "usageKind", "zone", "startDate"]
    .map((k) => String(l[k]))
    .join("|");

describe("bill run (SQL) against the pure rating", () => {
  const db = testDb();
  let accounts: string[];
  const expected = new Map<string, BillDraft | null>();
  let unratedExpected = 0;

  beforeAll(async () => {
    // The comparison must hold for any seed (13 were tried); the coverage check below is for this one.
    accounts = await seedBillingWorld(db, 60, 101);
    const catalogue = await loadCatalogue(db);
    for (const id of accounts) {
      const input = await loadAccountInput(db, id, PERIOD);
      const draft = input && rateAccount(PERIOD, input, catalogue);
      expected.set(id, draft);
      // no bill (nothing billable) means every CDR of its period is unrated
      const { start, end } = billingPeriod(PERIOD, input?.billCycleDay ?? 1);
      const inPeriod = (input?.cdrs ?? []).filter((c) => c.startedAt >= new Date(start) && c.startedAt < new Date(end));
      unratedExpected += draft ? draft.unratedCdrIds.length : inPeriod.length;
    }
  }, 120_000);

  it("is given a world with every rule in play", () => {
    const drafts = [...expected.values()].flatMap((d) => (d ? [d] : []));
    const lines = drafts.flatMap((d) => d.lines);
    const has = (pred: (l: (typeof lines)[number]) => boolean) => lines.some(pred);
    expect(has((l) => l.kind === "recurring" && l.addOnId !== null)).toBe(true);
    // prorated
    expect(has((l) => l.kind === "recurring" && l.quantity !== null && l.startDate !== null && Number(l.quantity) < 28)).toBe(true);
    expect(has((l) => l.kind === "discount" && l.quantity !== null)).toBe(true);
    expect(has((l) => l.kind === "discount" && l.quantity === null)).toBe(true);
    expect(has((l) => l.kind === "one_time")).toBe(true);
    expect(has((l) => l.kind === "usage" && l.zone === "national")).toBe(true); // over an allowance
    expect(unratedExpected).toBeGreaterThan(0);
    const plansPerService = new Map<string, number>();
    for (const l of lines.filter((x) => x.kind === "recurring" && x.planId))
      plansPerService.set(l.serviceId!, (plansPerService.get(l.serviceId!) ?? 0) + 1);
    expect(Math.max(...plansPerService.values())).toBe(2); // a plan change inside the period
    // (segment, kind) pairs where the allowance ran out across two zones: the window-function path
    const split = new Map<string, Set<string>>();
    for (const r of drafts.flatMap((d) => d.ratedUsage)) {
      if (r.includedQuantity === 0n || (r.zone !== "national" && r.zone !== "roaming_eu")) continue;
      const key = `${r.serviceId}|${r.segmentStart}|${r.kind}`;
      split.set(key, (split.get(key) ?? new Set()).add(r.chargedQuantity > 0n ? "charged" : "included"));
    }
    expect([...split.values()].some((s) => s.size === 2)).toBe(true);
  });

  it("issues exactly the bills, lines and rated usage the pure rating computes", async () => {
    const result = await runBillRun(db, { period: PERIOD, billingAccountIds: accounts, issueDate: "2026-11-23", batchSize: 25 });
    const bills = await db.bill.findMany({ where: { billingAccountId: { in: accounts }, period: PERIOD } });
    expect(result.bills).toBe(bills.length);
    expect(result.unratedCdrs).toBe(unratedExpected);
    expect(new Set(bills.map((b) => b.billingAccountId))).toEqual(new Set([...expected].filter(([, d]) => d).map(([id]) => id)));

    for (const bill of bills) {
      const draft = expected.get(bill.billingAccountId)!;
      expect({
        start: day(bill.periodStart),
        end: day(bill.periodEnd),
        vat: bill.vatRateBp,
        net: bill.netMinor,
        tax: bill.taxMinor,
        total: bill.totalMinor,
      }).toEqual({
        start: draft.periodStart,
        end: draft.periodEnd,
        vat: draft.vatRateBp,
        net: draft.netMinor,
        tax: draft.taxMinor,
        total: draft.totalMinor,
      });
      const lines = (await db.billLine.findMany({ where: { billId: bill.id } })).map(({ id: _id, billId: _b, ...l }) => ({
        ...l,
        startDate: day(l.startDate),
        endDate: day(l.endDate),
      }));
      expect(lines.sort((a, b) => lineKey(a).localeCompare(lineKey(b)))).toEqual(
        [...draft.lines].sort((a, b) => lineKey(a).localeCompare(lineKey(b))),
      );
      const rated = (await db.ratedUsage.findMany({ where: { billId: bill.id } })).map(({ billId: _b, ...r }) => ({
        ...r,
        segmentStart: day(r.segmentStart),
      }));
      const key = (r: { serviceId: string; segmentStart: string | null; kind: string; zone: string }) =>
        `${r.serviceId}|${r.segmentStart}|${r.kind}|${r.zone}`;
      expect(rated.sort((a, b) => key(a).localeCompare(key(b)))).toEqual(
        [...draft.ratedUsage].sort((a, b) => key(a).localeCompare(key(b))),
      );
    }
  });

  it("posts each bill to the ledger: receivable = total = revenue + VAT, so the amount due is the total", async () => {
    const bills = await db.bill.findMany({ where: { billingAccountId: { in: accounts }, period: PERIOD } });
    const entries = await db.ledgerEntry.groupBy({
      by: ["billId", "account"],
      where: { billId: { in: bills.map((b) => b.id) } },
      _sum: { amountMinor: true },
    });
    const sum = (billId: string, account: string) =>
      entries.find((e) => e.billId === billId && e.account === account)?._sum.amountMinor ?? 0n;
    for (const b of bills) {
      expect([sum(b.id, "receivable"), sum(b.id, "revenue"), sum(b.id, "vat_payable")]).toEqual([b.totalMinor, -b.netMinor, -b.taxMinor]);
    }
  });

  it("changes nothing when the period is run again", async () => {
    const count = () => Promise.all([db.bill.count(), db.billLine.count(), db.ratedUsage.count(), db.ledgerEntry.count()]);
    const before = await count();
    const again = await runBillRun(db, { period: PERIOD, billingAccountIds: accounts, issueDate: "2026-11-24" });
    expect(again).toMatchObject({ bills: 0, lines: 0 });
    expect(await count()).toEqual(before);
    const one = await runBillRun(db, { period: PERIOD, billingAccountId: accounts[0]!, issueDate: "2026-11-24" });
    expect(one.bills).toBe(0);
  });

  it("refuses to change an issued bill or its lines", async () => {
    const bills = await db.bill.findMany({ where: { billingAccountId: { in: accounts } }, select: { id: true } });
    const rated = await db.ratedUsage.findFirstOrThrow({ where: { billId: { in: bills.map((b) => b.id) } } });
    const bill = await db.bill.findUniqueOrThrow({ where: { id: rated.billId } });
    expect(await dbRefusal(db.bill.update({ where: { id: bill.id }, data: { totalMinor: 1n } }))).toMatch(
      /^23001 issued bill .* is immutable/,
    );
    expect(await dbRefusal(db.bill.delete({ where: { id: bill.id } }))).toMatch(/^23001 issued bill .* is immutable/);
    expect(await dbRefusal(db.billLine.updateMany({ where: { billId: bill.id }, data: { amountMinor: 0n } }))).toMatch(
      /^23001 BillLine rows are immutable/,
    );
    expect(await dbRefusal(db.ratedUsage.deleteMany({ where: { billId: bill.id } }))).toMatch(/^23001 RatedUsage rows are immutable/);
    await db.bill.update({ where: { id: bill.id }, data: { status: "paid" } }); // status alone follows payments
  });
});
