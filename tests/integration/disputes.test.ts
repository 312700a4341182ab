// Billing disputes: a claim per bill line tracked as a ticket with its own SLA, held out of dunning,
// decided by a billing agent with a credit note or the reasons for a rejection.
import { beforeAll, describe, expect, it } from "vitest";
import { postPayment } from "~/server/gateways/billing/ledger";
import { ensureBillingCatalogue } from "~/server/gateways/billing/tariff-catalogue";
import { dunning } from "~/server/jobs/dunning";
import { callerAs, createEnterprise, createHousehold, createStaff, issueBills, kitClock, rejectionCode, testDb } from "~/tests/kit";

const clock = kitClock("2026-10-20T09:00:00Z");
const code = (call: Promise<unknown>) => rejectionCode(call);

beforeAll(async () => {
  await testDb().$transaction((tx) => ensureBillingCatalogue(tx));
});

async function billedHousehold() {
  const home = await createHousehold();
  const { bill } = await issueBills({ bill: home.billingAccountId }, "2026-09"); // due 2026-10-15
  const anna = await callerAs(home, { clock });
  const detail = await anna.bills.get({ billId: bill });
  const tvFee = detail.lines.find((l) => l.kind === "recurring" && l.service?.id === home.services.tv)!;
  return { home, bill, anna, detail, tvFee };
}

describe("disputing a bill line", () => {
  it("opens a claim as a P3 billing_dispute ticket holding the line's amount with VAT", async () => {
    const { anna, bill, detail, tvFee } = await billedHousehold();
    const d = await anna.disputes.open({ billId: bill, billLineId: tvFee.id, reason: "I cancelled the sport package" });
    const vat = detail.taxItem[0]!.taxRateBp;
    expect(d).toMatchObject({ status: "open", billId: bill, billLineId: tvFee.id, resolution: null, creditNote: null });
    expect(d.amount.amountMinor).toBe(tvFee.amount.amountMinor + Math.round((tvFee.amount.amountMinor * vat) / 10_000));
    const ticket = await testDb().ticket.findUniqueOrThrow({
      where: { id: d.ticket.id },
      select: { category: true, priority: true, state: true },
    });
    expect(ticket).toEqual({ category: "billing_dispute", priority: "P3", state: "acknowledged" });
    expect((await anna.disputes.forBill({ billId: bill })).map((x) => x.id)).toEqual([d.id]);
    expect(await code(anna.disputes.open({ billId: bill, billLineId: tvFee.id, reason: "Once more please" }))).toBe("CONFLICT");
    const dispatcher = await callerAs(await createStaff("dispatcher"), { clock });
    const queue = await dispatcher.bureau.queue({ pageSize: 100 });
    expect(
      queue.items.map((x) => x.id),
      "billing complaints stay off the repair bureau's queue",
    ).not.toContain(d.ticket.id);
  });

  it("refuses tax lines and short reasons, and another customer's bill as absent", async () => {
    const { anna, bill, detail, tvFee } = await billedHousehold();
    const other = await billedHousehold();
    const tax = detail.lines.find((l) => l.kind === "tax")!;
    expect(await code(anna.disputes.open({ billId: bill, billLineId: tax.id, reason: "Too much VAT" }))).toBe("BAD_REQUEST");
    expect(await code(anna.disputes.open({ billId: bill, billLineId: tvFee.id, reason: "no" }))).toBe("BAD_REQUEST");
    expect(await code(anna.disputes.open({ billId: other.bill, billLineId: other.tvFee.id, reason: "Not my bill at all" }))).toBe(
      "NOT_FOUND",
    );
    expect(await code(anna.disputes.open({ billId: bill, billLineId: other.tvFee.id, reason: "A line of another bill" }))).toBe(
      "NOT_FOUND",
    );
    expect(await testDb().billDispute.count({ where: { billId: { in: [bill, other.bill] } } })).toBe(0);
  });

  it("is for bill holders only", async () => {
    const acme = await createEnterprise();
    const { hq } = await issueBills({ hq: acme.billingAccountIds[0]! }, "2026-09");
    const sub = await callerAs(acme.subUser, { clock });
    expect(await code(sub.disputes.forBill({ billId: hq }))).toBe("FORBIDDEN");
  });

  it("holds the disputed amount out of dunning", async () => {
    const { home, anna, bill, detail, tvFee } = await billedHousehold();
    const d = await anna.disputes.open({ billId: bill, billLineId: tvFee.id, reason: "The TV was off all month" });
    await postPayment(testDb(), {
      billingAccountId: home.billingAccountId,
      billId: bill,
      amountMinor: BigInt(detail.taxIncludedAmount.amountMinor - d.amount.amountMinor),
      reference: `rest-${bill}`,
    });
    expect((await dunning(testDb(), new Date("2026-10-20T06:00:00Z"), [home.billingAccountId])).sent).toBe(0);
  });
});

describe("deciding a dispute", () => {
  it("upholds it with a credit note that lowers the amount due, and resolves the ticket", async () => {
    const { anna, bill, tvFee } = await billedHousehold();
    const d = await anna.disputes.open({ billId: bill, billLineId: tvFee.id, reason: "Charged after I cancelled" });
    const before = (await anna.bills.get({ billId: bill })).remainingAmount.amountMinor;
    const agent = await callerAs(await createStaff("billing_agent"), { clock });
    expect((await agent.disputes.queue()).map((x) => x.id)).toContain(d.id);
    const decided = await agent.disputes.resolve({ disputeId: d.id, outcome: "upheld", resolution: "Cancelled on 3 September; credited." });
    expect(decided).toMatchObject({ status: "upheld", creditNote: { amount: { amountMinor: d.amount.amountMinor } } });
    expect((await anna.bills.get({ billId: bill })).remainingAmount.amountMinor).toBe(before - d.amount.amountMinor);
    expect((await testDb().ticket.findUniqueOrThrow({ where: { id: d.ticket.id } })).state).toBe("resolved");
    expect(await code(agent.disputes.resolve({ disputeId: d.id, outcome: "rejected", resolution: "Changed my mind" }))).toBe(
      "PRECONDITION_FAILED",
    );
    expect(await testDb().creditNote.count({ where: { billId: bill } })).toBe(1);
  });

  it("rejects it with the reasons, shown on the bill, and no credit", async () => {
    const { anna, bill, tvFee } = await billedHousehold();
    const d = await anna.disputes.open({ billId: bill, billLineId: tvFee.id, reason: "Too expensive this month" });
    const agent = await callerAs(await createStaff("billing_agent"), { clock });
    await agent.disputes.resolve({ disputeId: d.id, outcome: "rejected", resolution: "The fee matches your plan." });
    const [shown] = await anna.disputes.forBill({ billId: bill });
    expect(shown).toMatchObject({ status: "rejected", resolution: "The fee matches your plan.", creditNote: null });
    expect((await testDb().ticket.findUniqueOrThrow({ where: { id: d.ticket.id } })).state).toBe("rejected");
    expect(await testDb().creditNote.count({ where: { billId: bill } })).toBe(0);
  });

  it("never credits more than the line", async () => {
    const { anna, bill, tvFee } = await billedHousehold();
    const d = await anna.disputes.open({ billId: bill, billLineId: tvFee.id, reason: "Double charged here" });
    const agent = await callerAs(await createStaff("billing_agent"), { clock });
    expect(
      await code(
        agent.disputes.resolve({
          disputeId: d.id,
          outcome: "upheld",
          creditNetMinor: tvFee.amount.amountMinor + 1,
          resolution: "Credit it all",
        }),
      ),
    ).toBe("BAD_REQUEST");
    expect((await testDb().billDispute.findUniqueOrThrow({ where: { id: d.id } })).status).toBe("open");
  });
});
