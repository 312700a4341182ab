// The gateway over a real PostgreSQL: what each scope may see, and the shapes the screens get.
import { beforeAll, describe, expect, it } from "vitest";
import type { Scope } from "~/server/auth/scope";
import { fixedClock } from "~/server/lib/clock";
import { testDb } from "~/tests/kit/db";
import { runBillRun } from "./bill-run";
import { seedBillingWorld } from "./__fixtures__/bill-run.fixture";
import { postPayment } from "./ledger";
import { createPostgresBillingGateway } from "./postgres-billing-gateway";

describe("postgres billing gateway", () => {
  const db = testDb();
  const gateway = createPostgresBillingGateway(db, fixedClock("2026-11-23T10:00:00Z"));
  const page = { page: 1, pageSize: 20 };
  let anna: Scope; // a customer with several services on one account
  let other: Scope;
  let member: Scope; // a sub-user of Anna's customer, granted one line
  let annaAccount: string;

  beforeAll(async () => {
    const accounts = await seedBillingWorld(db, 8, 404);
    await runBillRun(db, { period: "2026-10", billingAccountIds: accounts, issueDate: "2026-11-02" });
    const billed = await db.billingAccount.findMany({ where: { id: { in: accounts }, bills: { some: {} } }, include: { services: true } });
    const rich = billed.find((a) => a.services.filter((s) => s.status === "active").length >= 2)!;
    annaAccount = rich.id;
    anna = { customerId: rich.customerId, serviceIds: null };
    member = { customerId: rich.customerId, serviceIds: [rich.services.find((s) => s.status === "active")!.id] };
    other = { customerId: billed.find((a) => a.customerId !== rich.customerId)!.customerId, serviceIds: null };
  }, 120_000);

  it("lists a customer's bills and nobody else's", async () => {
    const mine = await gateway.listBills(anna, {}, page);
    expect(mine.total).toBeGreaterThan(0);
    const theirs = await gateway.listBills(other, {}, page);
    expect(theirs.items.map((b) => b.id)).not.toContain(mine.items[0]!.id);
    const bill = mine.items.find((b) => b.billingAccount.id === annaAccount)!;
    expect(bill).toMatchObject({ period: "2026-10", billDate: "2026-11-02", paymentDueDate: "2026-11-16", state: "overdue" });
    expect(bill.remainingAmount).toEqual(bill.taxIncludedAmount);
    expect(bill.taxExcludedAmount.amountMinor + bill.taxItem[0]!.taxAmount.amountMinor).toBe(bill.taxIncludedAmount.amountMinor);
  });

  it("filters by state and account, and pages", async () => {
    const [bill] = (await gateway.listBills(anna, { billingAccountId: annaAccount }, page)).items;
    await postPayment(db, { billingAccountId: annaAccount, billId: bill!.id, amountMinor: 100n, reference: `gw-${bill!.id}` });
    expect((await gateway.listBills(anna, { state: "overdue", billingAccountId: annaAccount }, page)).items.map((b) => b.id)).toEqual([
      bill!.id,
    ]);
    expect((await gateway.listBills(anna, { state: "paid" }, page)).total).toBe(0);
    expect((await gateway.listBills(anna, { periodFrom: "2026-11" }, page)).total).toBe(0);
    const first = await gateway.listBills(anna, {}, { page: 1, pageSize: 1 });
    expect(first.items).toHaveLength(1);
    expect(first.pageCount).toBe(first.total);
    expect(await gateway.listBills(anna, {}, { page: 99, pageSize: 20 })).toMatchObject({ items: [], total: first.total });
  });

  it("shows a bill whose lines add up to the cent; another customer gets nothing", async () => {
    const [summary] = (await gateway.listBills(anna, { billingAccountId: annaAccount }, page)).items;
    const bill = (await gateway.getBill(anna, summary!.id))!;
    expect(bill.partial).toBe(false);
    expect(bill.lines.reduce((s, l) => s + l.amount.amountMinor, 0)).toBe(bill.taxIncludedAmount.amountMinor);
    expect(bill.lines.find((l) => l.kind === "recurring")!.service).toMatchObject({ identifier: expect.any(String) });
    expect(bill.remainingAmount.amountMinor).toBe(bill.taxIncludedAmount.amountMinor - 100);
    expect(await gateway.getBill(other, summary!.id)).toBeNull();
    expect(await gateway.getBill(anna, "not-a-uuid")).toBeNull();
  });

  it("gives a sub-user only the lines and usage of their own services", async () => {
    const bills = await gateway.listBills(member, {}, page);
    expect(bills.items.every((b) => b.billingAccount.id === annaAccount)).toBe(true);
    const bill = (await gateway.getBill(member, bills.items[0]!.id))!;
    expect(bill.partial).toBe(true);
    expect(bill.lines.length).toBeGreaterThan(0);
    expect(bill.lines.every((l) => l.service?.id === member.serviceIds![0])).toBe(true);
    expect(bill.ratedUsage.every((r) => r.serviceId === member.serviceIds![0])).toBe(true);
    const usage = await gateway.listUsage(member, {}, { page: 1, pageSize: 100 });
    expect(usage.items.every((u) => u.serviceId === member.serviceIds![0])).toBe(true);
    expect((await gateway.listBillingAccounts(member)).map((a) => a.id)).toEqual([annaAccount]);
  });

  it("previews the unbilled period and nothing else", async () => {
    const preview = (await gateway.previewBill(anna, annaAccount, "2026-11"))!;
    expect(preview.partial).toBe(false);
    expect(preview.lines.some((l) => l.kind === "recurring")).toBe(true);
    expect(preview.lines.reduce((s, l) => s + l.amount.amountMinor, 0)).toBe(preview.taxIncludedAmount.amountMinor);
    expect(await db.bill.count({ where: { billingAccountId: annaAccount, period: "2026-11" } })).toBe(0); // rolled back
    expect(await gateway.previewBill(anna, annaAccount, "2026-10")).toBeNull(); // billed: read the bill instead
    expect(await gateway.previewBill(other, annaAccount, "2026-11")).toBeNull();
    const mine = (await gateway.previewBill(member, annaAccount, "2026-11"))!;
    expect(mine.partial).toBe(true);
    expect(mine.lines.every((l) => l.service?.id === member.serviceIds![0])).toBe(true);
  });

  it("summarises usage against allowances, billed or not, within the scope", async () => {
    const billed = (await gateway.getUsageSummary(anna, annaAccount, "2026-10"))!;
    const bill = (await gateway.getBill(anna, (await gateway.listBills(anna, { billingAccountId: annaAccount }, page)).items[0]!.id))!;
    expect(billed.billed).toBe(true);
    expect(billed.meters.reduce((s, m) => s + m.charges.amountMinor, 0)).toBe(
      bill.ratedUsage.reduce((s, r) => s + r.amount.amountMinor, 0),
    );
    for (const m of billed.meters) {
      if (m.allowance !== null) expect(m.includedQuantity).toBeLessThanOrEqual(m.allowance);
      expect(m.zones.reduce((s, z) => s + z.quantity, 0)).toBe(m.includedQuantity + m.chargedQuantity);
    }
    const open = (await gateway.getUsageSummary(member, annaAccount, "2026-11"))!;
    expect(open.billed).toBe(false);
    expect(open.meters.every((m) => m.serviceId === member.serviceIds![0])).toBe(true);
    expect(await gateway.getUsageSummary(other, annaAccount, "2026-10")).toBeNull();
  });

  it("lists usage newest first with filters, and shows balances", async () => {
    const usage = await gateway.listUsage(anna, { kind: "voice", from: new Date("2026-10-01T00:00:00Z") }, { page: 1, pageSize: 50 });
    expect(usage.items.every((u) => u.kind === "voice" && u.startedAt >= new Date("2026-10-01T00:00:00Z"))).toBe(true);
    const times = usage.items.map((u) => u.startedAt.getTime());
    expect(times).toEqual([...times].sort((a, b) => b - a));
    expect(await gateway.listUsage(other, { serviceId: member.serviceIds![0] }, page)).toMatchObject({ total: 0, items: [] });
    const [account] = (await gateway.listBillingAccounts(anna)).filter((a) => a.id === annaAccount);
    const bills = await gateway.listBills(anna, { billingAccountId: annaAccount }, page);
    expect(account!.balance.amountMinor).toBe(bills.items.reduce((s, b) => s + b.remainingAmount.amountMinor, 0));
  });
});
