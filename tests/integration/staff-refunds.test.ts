// A billing agent finds a customer's card payment and refunds it, whole or in part, over the real router, database
// and the Stripe emulator: booked at once and once (the webhook that follows finds it done), audited, and refused
// for a payment not received, for more than is left, and for anyone but billing agents.
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  callerAs,
  createHousehold,
  createStaff,
  issueBills,
  kitClock,
  payOnCheckout,
  rejectionCode,
  startCards,
  testDb,
  type CardKit,
} from "~/tests/kit";

const clock = kitClock();
let kit: CardKit;
beforeAll(async () => (kit = await startCards({ clock })));
afterAll(() => kit?.stop());

/** A household whose bill was paid in full by card; the agent who may refund it. */
async function paidBill() {
  const home = await createHousehold();
  const { bill } = await issueBills({ bill: home.billingAccountId });
  const customer = await callerAs(home, { cards: kit.cards, clock });
  const { paymentId, checkoutUrl } = await customer.payments.start({ billId: bill });
  expect((await payOnCheckout(checkoutUrl)).status).toBe(303);
  const paid = await customer.payments.returned({ paymentId });
  expect(paid.state).toBe("succeeded");
  const agent = await callerAs(await createStaff("billing_agent"), { cards: kit.cards, clock });
  return { home, bill, customer, agent, paid };
}

const due = async (caller: Awaited<ReturnType<typeof paidBill>>["customer"], billId: string) =>
  (await caller.bills.get({ billId })).remainingAmount.amountMinor;
const refundPostings = (billId: string) => testDb().ledgerPosting.count({ where: { billId, kind: "refund" } });

describe("staff refunds", () => {
  it("finds the payment by a member's e-mail and by bill number, refunds part, then the rest; each once", async () => {
    const { home, bill, customer, agent, paid } = await paidBill();
    const byName = await agent.payments.search({ query: home.email.toUpperCase() });
    expect(byName.map((p) => p.id)).toContain(paid.id);
    expect(byName.find((p) => p.id === paid.id)?.customer.id).toBe(home.customerId);
    expect((await agent.payments.search({ query: paid.bill.number })).map((p) => p.id)).toContain(paid.id);

    const requestKey = randomUUID();
    const part = await agent.payments.refund({ paymentId: paid.id, amountMinor: 250, requestKey });
    expect(part).toMatchObject({ state: "partially_refunded", refunded: { amountMinor: 250 } });
    // The same press retried refunds nothing more; the webhook that follows books nothing twice.
    await agent.payments.refund({ paymentId: paid.id, amountMinor: 250, requestKey });
    await kit.settle();
    expect(await refundPostings(bill)).toBe(1);
    expect(await due(customer, bill)).toBe(250);

    const rest = await agent.payments.refund({ paymentId: paid.id, requestKey: randomUUID() });
    expect(rest).toMatchObject({ state: "refunded", refunded: { amountMinor: paid.amount.amountMinor } });
    await kit.settle();
    expect(await refundPostings(bill)).toBe(2);
    expect(await due(customer, bill)).toBe(paid.amount.amountMinor);
    const trail = await testDb().auditLog.findMany({ where: { entityId: paid.id, action: "payment.refund" } });
    expect(trail).toHaveLength(3); // every press is on the record, the retried one too
  });

  it("refuses more than is left (nothing changes), a payment not received, and anyone but a billing agent", async () => {
    const { bill, customer, agent, paid } = await paidBill();
    const tooMuch = agent.payments.refund({ paymentId: paid.id, amountMinor: paid.amount.amountMinor + 1, requestKey: randomUUID() });
    expect(await rejectionCode(tooMuch)).toBe("BAD_REQUEST");
    expect(await refundPostings(bill)).toBe(0);

    const other = await createHousehold();
    const { bill: otherBill } = await issueBills({ bill: other.billingAccountId });
    const open = await (await callerAs(other, { cards: kit.cards, clock })).payments.start({ billId: otherBill });
    expect(await rejectionCode(agent.payments.refund({ paymentId: open.paymentId, requestKey: randomUUID() }))).toBe("PRECONDITION_FAILED");
    expect(await rejectionCode(agent.payments.refund({ paymentId: randomUUID(), requestKey: randomUUID() }))).toBe("NOT_FOUND");

    expect(await rejectionCode(customer.payments.refund({ paymentId: paid.id, requestKey: randomUUID() }))).toBe("FORBIDDEN");
    expect(await rejectionCode(customer.payments.search({ query: paid.bill.number }))).toBe("FORBIDDEN");
    const dispatcher = await callerAs(await createStaff("dispatcher"), { cards: kit.cards, clock });
    expect(await rejectionCode(dispatcher.payments.refund({ paymentId: paid.id, requestKey: randomUUID() }))).toBe("FORBIDDEN");
    expect(await due(customer, bill)).toBe(0);
  });
});
