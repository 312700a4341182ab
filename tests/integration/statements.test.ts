// Account statements and the no-outstanding-debt certificate over the real router and ledger.
import { beforeAll, describe, expect, it } from "vitest";
import { postPayment } from "~/server/gateways/billing/ledger";
import {
  addMembership,
  callerAs,
  createEnterprise,
  createHousehold,
  createUser,
  issueBills,
  kitClock,
  rejection,
  rejectionCode,
  testDb,
} from "~/tests/kit";

type Household = Awaited<ReturnType<typeof createHousehold>>;
let home: Household;
let other: Household;
let bills: Record<string, string>;

const totalOf = async (billId: string) =>
  (await testDb().bill.findUniqueOrThrow({ where: { id: billId }, select: { totalMinor: true } })).totalMinor;

beforeAll(async () => {
  home = await createHousehold();
  other = await createHousehold();
  bills = {
    ...(await issueBills({ aug: home.billingAccountId }, "2026-08")),
    ...(await issueBills({ sep: home.billingAccountId }, "2026-09")),
    ...(await issueBills({ oct: home.billingAccountId, other: other.billingAccountId }, "2026-10")),
  };
  for (const [period, day] of [
    ["aug", "2026-09-10"],
    ["sep", "2026-10-12"],
  ] as const) {
    await postPayment(testDb(), {
      billingAccountId: home.billingAccountId,
      billId: bills[period],
      amountMinor: await totalOf(bills[period]!),
      reference: `stmt-${period}-${home.billingAccountId}`,
      postedAt: new Date(`${day}T09:00:00Z`),
    });
  }
});

describe("statements.get", () => {
  it("lists bills and payments in date order with a running balance that is the sum of the entries", async () => {
    const caller = await callerAs(home);
    const s = await caller.statements.get({ billingAccountId: home.billingAccountId, from: "2026-08-01", to: "2026-11-30" });
    expect(s.openingBalance.amountMinor).toBe(0);
    expect(s.entries.map((e) => [e.date, e.kind])).toEqual([
      ["2026-09-01", "bill"],
      ["2026-09-10", "payment"],
      ["2026-10-01", "bill"],
      ["2026-10-12", "payment"],
      ["2026-11-01", "bill"],
    ]);
    let running = s.openingBalance.amountMinor;
    for (const e of s.entries) {
      running += e.amount.amountMinor;
      expect(e.balance.amountMinor).toBe(running);
    }
    expect(s.closingBalance.amountMinor).toBe(running);
    expect(s.entries[0]!.amount.amountMinor).toBe(Number(await totalOf(bills.aug!)));
    expect(s.entries[1]!.amount.amountMinor).toBe(-Number(await totalOf(bills.aug!)));
    expect(s.entries[1]!.reference).toBe(`stmt-aug-${home.billingAccountId}`);
    expect(s.entries[4]!.reference).toBe(s.entries[4]!.billNo);
    // Only the October bill is unpaid: the closing balance is what the account owes.
    const [account] = (await caller.bills.accounts()).filter((a) => a.id === home.billingAccountId);
    expect(s.closingBalance.amountMinor).toBe(account!.balance.amountMinor);
    expect(running).toBe(Number(await totalOf(bills.oct!)));
  });

  it("starts a later period from the balance the earlier entries left", async () => {
    const caller = await callerAs(home);
    const s = await caller.statements.get({ billingAccountId: home.billingAccountId, from: "2026-10-01", to: "2026-10-31" });
    expect(s.openingBalance.amountMinor).toBe(0);
    expect(s.entries.map((e) => e.kind)).toEqual(["bill", "payment"]);
    const after = await caller.statements.get({ billingAccountId: home.billingAccountId, from: "2026-09-05", to: "2026-09-30" });
    expect(after.openingBalance.amountMinor).toBe(Number(await totalOf(bills.aug!)));
    expect(after.closingBalance.amountMinor).toBe(0);
  });

  it("refuses a reversed or too long range, naming the field", async () => {
    const caller = await callerAs(home);
    const reversed = await rejection(
      caller.statements.get({ billingAccountId: home.billingAccountId, from: "2026-10-02", to: "2026-10-01" }),
    );
    expect([reversed.code, (reversed.cause as { details?: unknown }).details]).toEqual(["BAD_REQUEST", { field: "from" }]);
    const long = await rejection(caller.statements.get({ billingAccountId: home.billingAccountId, from: "2024-01-01", to: "2026-10-01" }));
    expect([long.code, (long.cause as { details?: unknown }).details]).toEqual(["BAD_REQUEST", { field: "to" }]);
    expect(
      await rejectionCode(caller.statements.get({ billingAccountId: home.billingAccountId, from: "2026-13-01", to: "2026-10-01" })),
    ).toBe("BAD_REQUEST");
  });

  it("answers NOT_FOUND for another customer's account", async () => {
    const caller = await callerAs(home);
    expect(
      await rejectionCode(caller.statements.get({ billingAccountId: other.billingAccountId, from: "2026-08-01", to: "2026-11-30" })),
    ).toBe("NOT_FOUND");
    expect(await rejectionCode(caller.statements.certificate({ billingAccountId: other.billingAccountId }))).toBe("NOT_FOUND");
  });

  it("refuses a sub-user without the billing role", async () => {
    const acme = await createEnterprise();
    const sub = await callerAs(acme.subUser);
    const input = { billingAccountId: acme.billingAccountIds[1]!, from: "2026-08-01", to: "2026-11-30" };
    expect(await rejectionCode(sub.statements.get(input))).toBe("FORBIDDEN");
    expect(await rejectionCode(sub.statements.certificate({ billingAccountId: input.billingAccountId }))).toBe("FORBIDDEN");
    // The billing role sees the statement.
    const clerk = await createUser();
    await addMembership({ userId: clerk.userId, customerId: acme.customerId, role: "billing" });
    expect((await (await callerAs(clerk)).statements.get(input)).billingAccount.id).toBe(input.billingAccountId);
  });
});

describe("statements.certificate", () => {
  it("is refused while a bill is unpaid, for overdue bills first, and issued with a code once everything is paid", async () => {
    const notDue = await (
      await callerAs(home, { clock: kitClock("2026-11-05T10:00:00Z") })
    ).statements.certificate({ billingAccountId: home.billingAccountId });
    expect(notDue).toMatchObject({ eligible: false, reason: "balance", verificationCode: null, asOf: "2026-11-05" });
    expect(notDue.balance.amountMinor).toBe(Number(await totalOf(bills.oct!)));

    const overdue = await (
      await callerAs(home, { clock: kitClock("2026-12-20T10:00:00Z") })
    ).statements.certificate({ billingAccountId: home.billingAccountId });
    expect(overdue).toMatchObject({ eligible: false, reason: "overdue", verificationCode: null });

    await postPayment(testDb(), {
      billingAccountId: home.billingAccountId,
      billId: bills.oct,
      amountMinor: await totalOf(bills.oct!),
      reference: `stmt-oct-${home.billingAccountId}`,
      postedAt: new Date("2026-11-10T09:00:00Z"),
    });
    const caller = await callerAs(home);
    const ok = await caller.statements.certificate({ billingAccountId: home.billingAccountId });
    expect(ok).toMatchObject({ eligible: true, reason: null, asOf: "2026-11-23", balance: { amountMinor: 0 } });
    expect(ok.verificationCode).toMatch(/^[0-9A-F]{4}(-[0-9A-F]{4}){3}$/);
    expect(ok.billingAccount.customerName).toContain("household");
  });
});
