// Bills as each persona sees them, over the real router and PostgreSQL.
import { beforeAll, describe, expect, it } from "vitest";
import {
  callerAs,
  createDualMember,
  createEnterprise,
  createHousehold,
  createSlaClient,
  issueBills,
  rejectionCode,
  testDb,
} from "~/tests/kit";

type Household = Awaited<ReturnType<typeof createHousehold>>;
type Enterprise = Awaited<ReturnType<typeof createEnterprise>>;

describe("bills", () => {
  let anna: Household;
  let acme: Enterprise;
  let annaBills: Record<"jul" | "aug" | "sep" | "oct", string>;
  let acmeBills: Record<"hq" | "field", string>;

  beforeAll(async () => {
    anna = await createHousehold();
    acme = await createEnterprise();
    const periods = { jul: "2026-07", aug: "2026-08", sep: "2026-09", oct: "2026-10" } as const;
    annaBills = {} as typeof annaBills;
    for (const [k, period] of Object.entries(periods))
      annaBills[k as keyof typeof periods] = (await issueBills({ a: anna.billingAccountId }, period)).a;
    const acmeOct = await issueBills({ hq: acme.billingAccountIds[0]!, field: acme.billingAccountIds[1]! });
    acmeBills = acmeOct;
  });

  it("subscriber sees her own bills, newest first, with her account and balance", async () => {
    const api = await callerAs(anna);
    const accounts = await api.bills.accounts();
    expect(accounts.map((a) => a.id)).toEqual([anna.billingAccountId]);
    const page = await api.bills.list({ pageSize: 20 });
    expect(page.items.map((b) => b.id)).toEqual([annaBills.oct, annaBills.sep, annaBills.aug, annaBills.jul]);
    expect(page.items.every((b) => b.billingAccount.id === anna.billingAccountId)).toBe(true);
    // nothing paid yet: the balance is what the four bills come to
    expect(accounts[0]!.balance.amountMinor).toBe(page.items.reduce((s, b) => s + b.remainingAmount.amountMinor, 0));
  });

  it("filters by period and state, and pages", async () => {
    const api = await callerAs(anna);
    const range = await api.bills.list({ periodFrom: "2026-08", periodTo: "2026-09" });
    expect(range.items.map((b) => b.period)).toEqual(["2026-09", "2026-08"]);
    const latest = await api.bills.get({ billId: annaBills.oct });
    const sameState = await api.bills.list({ state: latest.state });
    expect(sameState.items.map((b) => b.id)).toContain(annaBills.oct);
    expect((await api.bills.list({ state: "paid" })).items).toEqual([]);
    const p1 = await api.bills.list({ pageSize: 3, page: 1 });
    const p2 = await api.bills.list({ pageSize: 3, page: 2 });
    expect([p1.total, p1.pageCount, p1.items.length, p2.items.length]).toEqual([4, 2, 3, 1]);
    expect(p2.items[0]!.id).toBe(annaBills.jul);
    expect(await rejectionCode(api.bills.list({ periodFrom: "2026-13" }))).toBe("BAD_REQUEST");
  });

  it("a bill's service subtotals, account-level lines and VAT add up to its total", async () => {
    const bill = await (await callerAs(anna)).bills.get({ billId: annaBills.oct });
    const services = new Set(bill.lines.flatMap((l) => (l.service ? [l.service.id] : [])));
    expect(services).toEqual(new Set(Object.values(anna.services)));
    expect(
      bill.subtotals
        .map((s) => s.serviceId)
        .filter((id) => id !== null)
        .sort(),
    ).toEqual([...services].sort());
    const vat = bill.lines.filter((l) => l.kind === "tax").reduce((s, l) => s + l.amount.amountMinor, 0);
    const net = bill.subtotals.reduce((s, x) => s + x.net.amountMinor, 0);
    expect(net).toBe(bill.taxExcludedAmount.amountMinor);
    expect(net + vat).toBe(bill.taxIncludedAmount.amountMinor);
    expect(bill.partial).toBe(false);
  });

  it("the enterprise admin sees both Acme accounts; the sub-user is refused; another customer's bill is NOT_FOUND", async () => {
    const admin = await callerAs(acme.admin);
    expect((await admin.bills.accounts()).map((a) => a.id).sort()).toEqual([...acme.billingAccountIds].sort());
    expect((await admin.bills.list({})).items.map((b) => b.id).sort()).toEqual([acmeBills.hq, acmeBills.field].sort());
    expect(await rejectionCode(admin.bills.get({ billId: annaBills.oct }))).toBe("NOT_FOUND");
    expect(await rejectionCode(admin.bills.list({ billingAccountId: anna.billingAccountId }))).toBe("NOT_FOUND");
    const subUser = await callerAs(acme.subUser);
    expect(await rejectionCode(subUser.bills.list({}))).toBe("FORBIDDEN");
    expect(await rejectionCode(subUser.bills.get({ billId: acmeBills.field }))).toBe("FORBIDDEN");
    expect(await rejectionCode((await callerAs(anna)).bills.get({ billId: acmeBills.hq }))).toBe("NOT_FOUND");
  });
});

describe("bills.costCentreSplit", () => {
  it("splits an enterprise bill by cost centre, Unassigned last, summing exactly to the bill", async () => {
    const acme = await createEnterprise();
    await testDb().oneTimeCharge.create({
      data: {
        billingAccountId: acme.billingAccountIds[0]!,
        description: "Porting fee",
        amountMinor: 12_345n,
        chargeDate: new Date("2026-10-03"),
      },
    });
    const { hq, field } = await issueBills({ hq: acme.billingAccountIds[0]!, field: acme.billingAccountIds[1]! });
    const admin = await callerAs(acme.admin);
    const bill = await admin.bills.get({ billId: hq });
    const split = await admin.bills.costCentreSplit({ billId: hq });
    const centres = await testDb().costCentre.findMany({
      where: { customerId: acme.customerId },
      select: { id: true, code: true, name: true },
    });
    const byId = new Map(centres.map((c) => [c.id, c]));
    expect(split.rows.map((r) => r.costCentre)).toEqual([
      ...[byId.get(acme.costCentres.sales)!, byId.get(acme.costCentres.headquarters)!].sort((a, b) => a.code.localeCompare(b.code)),
      null,
    ]);
    expect(split.rows.map((r) => r.serviceCount)).toEqual(
      split.rows.map((r) => (r.costCentre?.id === acme.costCentres.sales ? 1 : r.costCentre ? 3 : 0)),
    );
    const sum = (pick: (r: (typeof split.rows)[number]) => number) => split.rows.reduce((s, r) => s + pick(r), 0);
    expect(sum((r) => r.total.amountMinor)).toBe(bill.taxIncludedAmount.amountMinor);
    expect(sum((r) => r.net.amountMinor)).toBe(bill.taxExcludedAmount.amountMinor);
    expect(split.total.total).toEqual(bill.taxIncludedAmount);
    expect(split.rows.at(-1)!.net.amountMinor).toBe(12_345);
    for (const r of split.rows) expect(r.total.amountMinor).toBe(r.net.amountMinor + r.vat.amountMinor);

    const fieldSplit = await admin.bills.costCentreSplit({ billId: field });
    // the spare line is still pending: nothing billed, so no Unassigned row
    expect(fieldSplit.rows.map((r) => [r.costCentre?.id ?? null, r.serviceCount])).toEqual([[acme.costCentres.operations, 2]]);
  });

  it("is for enterprise owners and admins, and only their own bills", async () => {
    const [acme, anna, bank, dual] = [await createEnterprise(), await createHousehold(), await createSlaClient(), await createDualMember()];
    const bills = await issueBills({
      hq: acme.billingAccountIds[0]!,
      anna: anna.billingAccountId,
      bank: bank.billingAccountId,
      company: dual.company.billingAccountId,
    });
    expect(await rejectionCode((await callerAs(anna)).bills.costCentreSplit({ billId: bills.anna }))).toBe("FORBIDDEN");
    expect(await rejectionCode((await callerAs(acme.subUser)).bills.costCentreSplit({ billId: bills.hq }))).toBe("FORBIDDEN");
    expect(await rejectionCode((await callerAs(acme.admin)).bills.costCentreSplit({ billId: bills.bank }))).toBe("NOT_FOUND");
    const bankSplit = await (await callerAs(bank)).bills.costCentreSplit({ billId: bills.bank });
    expect(bankSplit.rows.map((r) => r.costCentre)).toEqual([null]);
    const asCompany = await callerAs(dual, { customerId: dual.company.customerId });
    expect((await asCompany.bills.costCentreSplit({ billId: bills.company })).billId).toBe(bills.company);
    expect(await rejectionCode(asCompany.bills.costCentreSplit({ billId: bills.hq }))).toBe("NOT_FOUND");
  });
});
