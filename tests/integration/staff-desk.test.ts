// The billing agent's desk over the real router and database: a customer found by e-mail, name, account number or phone
// number; their account page; a goodwill credit note posted once per confirmation, audited, and refused beyond the
// bill's total, on another customer's bill, and for anyone but billing agents.
import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { callerAs, createHousehold, createStaff, issueBills, kitClock, rejectionCode, testDb, type Caller } from "~/tests/kit";

const clock = kitClock();
let agent: Caller;
beforeAll(async () => {
  agent = await callerAs(await createStaff("billing_agent"), { clock });
});

async function household() {
  const home = await createHousehold();
  const { bill } = await issueBills({ bill: home.billingAccountId });
  const customer = await callerAs(home, { clock });
  return { home, bill, customer, detail: await customer.bills.get({ billId: bill }) };
}

const creditNotes = (billId: string) => testDb().creditNote.count({ where: { billId } });

describe("the billing agent's desk", () => {
  it("finds a customer by e-mail, name, account number and phone number", async () => {
    const { home, detail } = await household();
    const other = await household();
    const ids = async (query: string) => (await agent.desk.search({ query })).map((c) => c.id);
    const byEmail = await agent.desk.search({ query: home.email.toUpperCase() });
    expect(byEmail).toEqual([expect.objectContaining({ id: home.customerId, matchedBy: ["email"], emails: [home.email] })]);
    expect(await ids(home.name.split(" ").at(-1)!)).toEqual([home.customerId]);
    expect(await ids(detail.billingAccount.number.toLowerCase())).toEqual([home.customerId]);
    const line = await testDb().service.findUniqueOrThrow({ where: { id: home.services.mobile }, select: { identifier: true } });
    const digits = line.identifier.replace(/\D/g, "");
    expect(await ids(digits.slice(-7).replace(/(\d{3})(\d{4})/, "$1 $2"))).toContain(home.customerId);
    await testDb().user.update({ where: { id: home.userId }, data: { phone: "+420 777 123 999" } });
    expect(await ids("777123999")).toContain(home.customerId);
    expect(await ids(home.email)).not.toContain(other.home.customerId);
    expect(await agent.desk.search({ query: `nobody-${randomUUID()}` })).toEqual([]);
  });

  it("shows the account page: accounts, bills, payments, credit notes; NOT_FOUND for no such customer", async () => {
    const { home, bill, detail } = await household();
    const page = await agent.desk.customer({ customerId: home.customerId });
    expect(page.customer).toMatchObject({ id: home.customerId, kind: "individual" });
    expect(page.members).toEqual([expect.objectContaining({ email: home.email, role: "owner" })]);
    expect(page.billingAccounts.map((a) => a.id)).toEqual([home.billingAccountId]);
    expect(page.bills.map((b) => b.id)).toEqual([bill]);
    expect(page.bills[0]).toMatchObject({ billNo: detail.billNo, remainingAmount: detail.remainingAmount });
    expect(page).toMatchObject({ payments: [], creditNotes: [], disputes: [], bankCredits: [] });
    expect(await rejectionCode(agent.desk.customer({ customerId: randomUUID() }))).toBe("NOT_FOUND");
  });

  it("issues a goodwill credit note once per confirmation, audited, within the bill's total", async () => {
    const { home, bill, customer, detail } = await household();
    const requestKey = randomUUID();
    const input = { customerId: home.customerId, billId: bill, netMinor: 500, reason: "Outage last week", requestKey };
    const note = await agent.desk.creditNote(input);
    expect(note).toMatchObject({ billId: bill, reason: "Outage last week" });
    expect((await agent.desk.creditNote(input)).id).toBe(note.id);
    expect(await creditNotes(bill)).toBe(1);
    const after = await customer.bills.get({ billId: bill });
    expect(after.remainingAmount.amountMinor).toBe(detail.remainingAmount.amountMinor - note.taxIncludedAmount.amountMinor);
    expect(await testDb().auditLog.count({ where: { action: "credit-note.issue", entityId: bill } })).toBe(1);
    expect((await agent.desk.customer({ customerId: home.customerId })).creditNotes.map((n) => n.id)).toEqual([note.id]);

    const tooMuch = { ...input, netMinor: detail.taxExcludedAmount.amountMinor + 1, requestKey: randomUUID() };
    expect(await rejectionCode(agent.desk.creditNote(tooMuch))).toBe("BAD_REQUEST");
    const other = await household();
    expect(await rejectionCode(agent.desk.creditNote({ ...input, billId: other.bill, requestKey: randomUUID() }))).toBe("NOT_FOUND");
    expect(await creditNotes(bill)).toBe(1);
    expect(await creditNotes(other.bill)).toBe(0);
  });

  it("is the billing agents' only", async () => {
    const { home, bill, customer } = await household();
    const dispatcher = await callerAs(await createStaff("dispatcher"), { clock });
    const input = { customerId: home.customerId, billId: bill, netMinor: 1, reason: "Not mine to give", requestKey: randomUUID() };
    for (const caller of [customer, dispatcher]) {
      expect(await rejectionCode(caller.desk.search({ query: home.email }))).toBe("FORBIDDEN");
      expect(await rejectionCode(caller.desk.customer({ customerId: home.customerId }))).toBe("FORBIDDEN");
      expect(await rejectionCode(caller.desk.creditNote(input))).toBe("FORBIDDEN");
    }
    expect(await creditNotes(bill)).toBe(0);
  });
});
