// The behaviour every BillingGateway implementation has, as one suite: the built-in PostgreSQL system
// (postgres-billing-contract.int.test.ts), the in-memory one (memory-billing-gateway.test.ts), later a TMF adapter.
import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import type { Scope } from "~/server/auth/scope";
import { barredFor } from "~/server/domain/billing/suspension";
import type { EventOutbox } from "~/server/gateways/events";
import type { BillingEvent, ServiceStateChangeEvent } from "./billing-events";
import { variableSymbolOf } from "~/server/lib/spayd";
import type { BillingGateway } from "./billing-gateway";

/**
 * Two customers with issued bills: Anna's account holds two bills (newest first) and at least the two services named here
 * (a mobile line and broadband; it may hold more); she has a second, empty account.
 */
export interface BillingContractSeed {
  anna: {
    scope: Scope;
    userId: string;
    accountId: string;
    secondAccountId: string;
    serviceIds: [string, string];
    billIds: [string, string];
  };
  bigcorp: { scope: Scope; accountId: string; billId: string };
  /** a day after both of Anna's bills fell due */
  asOf: string;
}

export interface BillingContractWorld {
  billing: BillingGateway;
  seed: BillingContractSeed;
  /** The implementation's event feed. */
  feed: EventOutbox<BillingEvent>;
}

/** The feed's suspension events of one account (others' events are left for their own readers). */
async function suspensionEvents(feed: EventOutbox<BillingEvent>, billingAccountId: string) {
  const mine: ServiceStateChangeEvent[] = [];
  await feed.relay(async (events) => {
    for (const e of events)
      if (e.eventType === "ServiceStateChangeEvent" && e.event.serviceSuspension.billingAccount.id === billingAccountId) mine.push(e);
    return mine.map((e) => e.eventId);
  }, 10_000);
  return mine.map((e) => e.event.serviceSuspension);
}

const page = { page: 1, pageSize: 20 };
const codeOf = (p: Promise<unknown>) =>
  p.then(
    () => "resolved",
    (e: { code?: string }) => e.code ?? String(e),
  );
const sub = (seed: BillingContractSeed): Scope => ({ customerId: seed.anna.scope.customerId, serviceIds: [seed.anna.serviceIds[0]] });

export function billingContract(name: string, make: () => Promise<BillingContractWorld>) {
  describe(`BillingGateway: ${name}`, () => {
    it("shows a customer their own accounts and bills only; another's ids read as absent", async () => {
      const { billing, seed } = await make();
      const { anna, bigcorp } = seed;
      expect((await billing.listBillingAccounts(anna.scope)).map((a) => a.id).sort()).toEqual(
        [anna.accountId, anna.secondAccountId].sort(),
      );
      const mine = await billing.listBills(anna.scope, {}, page);
      expect(mine.items.map((b) => b.id)).toEqual(anna.billIds);
      expect(mine.items.map((b) => b.id)).not.toContain(bigcorp.billId);
      expect(await billing.getBill(bigcorp.scope, anna.billIds[0])).toBeNull();
      expect(await billing.getBill(anna.scope, "not-a-uuid")).toBeNull();
      expect(await billing.getBill(anna.scope, randomUUID())).toBeNull();
      expect(await billing.getStatement(bigcorp.scope, anna.accountId, "2026-01-01", seed.asOf)).toBeNull();
      expect(await billing.getUsageSummary(bigcorp.scope, anna.accountId, "2026-10")).toBeNull();
      expect(await billing.listBills(bigcorp.scope, { billingAccountId: anna.accountId }, page)).toMatchObject({ items: [], total: 0 });
    });

    it("adds up a bill: the lines are its total, net plus VAT, and nothing is paid yet", async () => {
      const { billing, seed } = await make();
      const bill = (await billing.getBill(seed.anna.scope, seed.anna.billIds[0]))!;
      expect(bill.partial).toBe(false);
      expect(bill.lines.reduce((s, l) => s + l.amount.amountMinor, 0)).toBe(bill.taxIncludedAmount.amountMinor);
      expect(bill.taxExcludedAmount.amountMinor + bill.taxItem[0]!.taxAmount.amountMinor).toBe(bill.taxIncludedAmount.amountMinor);
      expect(bill.remainingAmount).toEqual(bill.taxIncludedAmount);
      const [account] = (await billing.listBillingAccounts(seed.anna.scope)).filter((a) => a.id === seed.anna.accountId);
      const bills = await billing.listBills(seed.anna.scope, { billingAccountId: seed.anna.accountId }, page);
      expect(account!.balance.amountMinor).toBe(bills.items.reduce((s, b) => s + b.remainingAmount.amountMinor, 0));
    });

    it("gives a scope of some services only their lines, and the accounts holding them", async () => {
      const { billing, seed } = await make();
      const scope = sub(seed);
      expect((await billing.listBillingAccounts(scope)).map((a) => a.id)).toEqual([seed.anna.accountId]);
      const bill = (await billing.getBill(scope, seed.anna.billIds[0]))!;
      expect(bill.partial).toBe(true);
      expect(bill.lines.length).toBeGreaterThan(0);
      expect(bill.lines.every((l) => l.service?.id === seed.anna.serviceIds[0])).toBe(true);
      expect(bill.ratedUsage.every((r) => r.serviceId === seed.anna.serviceIds[0])).toBe(true);
    });

    it("pages newest first and filters by period and account", async () => {
      const { billing, seed } = await make();
      const first = await billing.listBills(seed.anna.scope, {}, { page: 1, pageSize: 1 });
      expect(first).toMatchObject({ total: 2, pageCount: 2 });
      expect(first.items.map((b) => b.id)).toEqual([seed.anna.billIds[0]]);
      expect((await billing.listBills(seed.anna.scope, {}, { page: 2, pageSize: 1 })).items.map((b) => b.id)).toEqual([
        seed.anna.billIds[1],
      ]);
      expect(await billing.listBills(seed.anna.scope, {}, { page: 99, pageSize: 20 })).toMatchObject({ items: [], total: 2 });
      const older = (await billing.getBill(seed.anna.scope, seed.anna.billIds[1]))!;
      expect((await billing.listBills(seed.anna.scope, { periodTo: older.period }, page)).items.map((b) => b.id)).toEqual([older.id]);
      expect((await billing.listBills(seed.anna.scope, { billingAccountId: seed.anna.secondAccountId }, page)).total).toBe(0);
    });

    it("credits a bill once per reference: what is owed drops by the note, VAT at the bill's rate", async () => {
      const { billing, seed } = await make();
      const billId = seed.anna.billIds[0];
      const before = (await billing.getBill(seed.anna.scope, billId))!;
      const reference = `contract:${randomUUID()}`;
      const note = await billing.issueCreditNote({ billId, netMinor: 100, reason: "goodwill", reference });
      const vatBp = before.taxItem[0]!.taxRateBp;
      expect(note).toMatchObject({ billId, reference, taxIncludedAmount: { amountMinor: 100 + Math.round((100 * vatBp) / 10_000) } });
      expect((await billing.issueCreditNote({ billId, netMinor: 100, reason: "goodwill", reference })).id).toBe(note.id);
      const after = (await billing.getBill(seed.anna.scope, billId))!;
      expect(after.remainingAmount.amountMinor).toBe(before.remainingAmount.amountMinor - note.taxIncludedAmount.amountMinor);
      expect(after.creditNotes.map((n) => n.id)).toEqual([note.id]);
      expect((await billing.listCreditNotes(seed.anna.scope, { references: [reference] })).map((n) => n.id)).toEqual([note.id]);
      expect((await billing.listCreditNotes(seed.anna.scope, { period: before.period })).map((n) => n.id)).toEqual([note.id]);
      expect(await billing.listCreditNotes(seed.bigcorp.scope, { references: [reference] })).toEqual([]);
      expect((await billing.findCreditNotes([note.id, randomUUID()])).map((n) => n.number)).toEqual([note.number]);
      expect(
        await codeOf(
          billing.issueCreditNote({ billId, netMinor: before.taxExcludedAmount.amountMinor, reason: "too much", reference: randomUUID() }),
        ),
      ).toBe("CONFLICT");
      expect(await codeOf(billing.issueCreditNote({ billId: randomUUID(), netMinor: 1, reason: "none", reference: randomUUID() }))).toBe(
        "NOT_FOUND",
      );
    });

    it("finds bills by variable symbol and accounts by number, across customers, for the operator", async () => {
      const { billing, seed } = await make();
      const bill = (await billing.getBill(seed.anna.scope, seed.anna.billIds[0]))!;
      const found = await billing.findBillsByVariableSymbol([variableSymbolOf(bill.billNo), "0", "not digits"]);
      expect(found.map((b) => b.id)).toContain(bill.id);
      expect(found.find((b) => b.id === bill.id)).toMatchObject({
        billNo: bill.billNo,
        customerId: seed.anna.scope.customerId,
        billingAccountId: seed.anna.accountId,
        remainingAmount: bill.remainingAmount,
      });
      expect(found.every((b) => variableSymbolOf(b.billNo) === variableSymbolOf(bill.billNo))).toBe(true);
      expect(await billing.findBillsByVariableSymbol([])).toEqual([]);
      const number = bill.billingAccount.number;
      const accounts = await billing.findBillingAccounts({ numberContains: number.toLowerCase(), take: 5 });
      expect(accounts).toContainEqual({
        id: seed.anna.accountId,
        number,
        name: bill.billingAccount.name,
        customerId: seed.anna.scope.customerId,
      });
    });

    it("posts a payment once per reference; a paid bill is no longer overdue", async () => {
      const { billing, seed } = await make();
      const [billId] = seed.anna.billIds;
      const overdue = await billing.listOverdueBills({ asOf: seed.asOf, billingAccountIds: [seed.anna.accountId] });
      expect(overdue.map((b) => b.id).sort()).toEqual([...seed.anna.billIds].sort());
      expect(overdue[0]).toMatchObject({ customerId: seed.anna.scope.customerId, billingAccountId: seed.anna.accountId });
      const bill = (await billing.getBill(seed.anna.scope, billId))!;
      const reference = `pay-${randomUUID()}`;
      const payment = {
        billingAccountId: seed.anna.accountId,
        billId,
        amountMinor: 100,
        reference,
        postedAt: new Date(`${seed.asOf}T09:00:00Z`),
      };
      expect(await billing.postPayment(payment)).toMatchObject({ billId, amount: { amountMinor: 100 }, reference });
      await billing.postPayment(payment);
      expect((await billing.getBill(seed.anna.scope, billId))!.remainingAmount.amountMinor).toBe(bill.remainingAmount.amountMinor - 100);
      await billing.postPayment({ ...payment, amountMinor: bill.remainingAmount.amountMinor - 100, reference: `${reference}-rest` });
      expect((await billing.getBill(seed.anna.scope, billId))!.state).toBe("paid");
      expect((await billing.listOverdueBills({ asOf: seed.asOf, billingAccountIds: [seed.anna.accountId] })).map((b) => b.id)).toEqual([
        seed.anna.billIds[1],
      ]);
      expect(await codeOf(billing.postPayment({ ...payment, amountMinor: 0, reference: randomUUID() }))).toBe("VALIDATION");
      const statement = (await billing.getStatement(seed.anna.scope, seed.anna.accountId, "2026-01-01", seed.asOf))!;
      const [account] = (await billing.listBillingAccounts(seed.anna.scope)).filter((a) => a.id === seed.anna.accountId);
      expect(statement.closingBalance).toEqual(account!.balance);
      expect(statement.entries.filter((e) => e.kind === "payment")).toHaveLength(2);
      // A refund owes the money again, once per reference.
      const refund = { billingAccountId: seed.anna.accountId, billId, amountMinor: 250, reference: `${reference}-refund` };
      expect(await billing.postRefund(refund)).toMatchObject({ billId, amount: { amountMinor: 250 }, reference: refund.reference });
      await billing.postRefund(refund);
      expect((await billing.getBill(seed.anna.scope, billId))!.remainingAmount.amountMinor).toBe(250);
      expect(await codeOf(billing.postRefund({ ...refund, amountMinor: -1, reference: randomUUID() }))).toBe("VALIDATION");
    });

    it("finds bill lines by id and leaves unknown ids out", async () => {
      const { billing, seed } = await make();
      const bill = (await billing.getBill(seed.anna.scope, seed.anna.billIds[0]))!;
      const line = bill.lines.find((l) => l.kind !== "tax")!;
      expect(await billing.findBillLines([line.id, "999999999", "x"])).toEqual([{ ...line, billId: bill.id }]);
    });

    it("schedules a move once per key, one pending per service, cancelled only by its customer", async () => {
      const { billing, seed } = await make();
      const { anna, bigcorp } = seed;
      const request = {
        serviceId: anna.serviceIds[1],
        toBillingAccountId: anna.secondAccountId,
        requestedById: anna.userId,
        idempotencyKey: randomUUID(),
      };
      const move = await billing.scheduleMove(anna.scope, request);
      expect(move).toMatchObject({
        serviceId: anna.serviceIds[1],
        fromBillingAccountId: anna.accountId,
        toBillingAccountId: anna.secondAccountId,
      });
      expect(await billing.scheduleMove(anna.scope, request)).toEqual(move);
      expect(await codeOf(billing.scheduleMove(anna.scope, { ...request, idempotencyKey: randomUUID() }))).toBe("CONFLICT");
      expect(await codeOf(billing.scheduleMove(bigcorp.scope, { ...request, idempotencyKey: randomUUID() }))).toBe("NOT_FOUND");
      expect(
        await codeOf(billing.scheduleMove(anna.scope, { ...request, toBillingAccountId: bigcorp.accountId, idempotencyKey: randomUUID() })),
      ).toBe("NOT_FOUND");
      expect((await billing.pendingMoves(anna.scope)).map((m) => m.id)).toEqual([move.id]);
      expect(await billing.pendingMoves(bigcorp.scope)).toEqual([]);
      expect(await codeOf(billing.cancelMove(bigcorp.scope, move.id))).toBe("NOT_FOUND");
      await billing.cancelMove(anna.scope, move.id);
      expect(await billing.pendingMoves(anna.scope)).toEqual([]);
      expect(await codeOf(billing.cancelMove(anna.scope, move.id))).toBe("CONFLICT");
    });

    it("suspends an account's services for debt once per key, by kind, and restores them; each change on the feed", async () => {
      const { billing, seed, feed } = await make();
      const { anna, bigcorp } = seed;
      const [phone, fibre] = anna.serviceIds;
      const key = randomUUID();
      const suspended = await billing.suspendServices({ billingAccountId: anna.accountId, reason: "unpaid_bills", idempotencyKey: key });
      // The mobile line loses roaming and premium numbers; broadband is left alone.
      expect(suspended).toMatchObject({ billingAccountId: anna.accountId, state: "suspended" });
      expect(suspended.serviceIds).toContain(phone);
      expect(suspended.serviceIds).not.toContain(fibre);
      expect(await billing.suspendServices({ billingAccountId: anna.accountId, reason: "unpaid_bills", idempotencyKey: key })).toEqual(
        suspended,
      );
      const again = await billing.suspendServices({
        billingAccountId: anna.accountId,
        reason: "unpaid_bills",
        idempotencyKey: randomUUID(),
      });
      expect(again.serviceIds).toEqual([]);
      // The account may hold more services than the two the seed names (a household also has a fixed line and TV):
      // one open suspension per service the command changed, each barring what its kind loses, none left alone.
      const open = await billing.listSuspensions(anna.scope, { openOnly: true });
      expect(open.map((s) => s.serviceId).sort()).toEqual([...suspended.serviceIds].sort());
      for (const s of open) {
        expect(s).toMatchObject({ billingAccountId: anna.accountId, reason: "unpaid_bills", restoredAt: null });
        expect(s.barred).toEqual(barredFor(s.kind));
        expect(s.barred.length).toBeGreaterThan(0);
      }
      expect(open.find((s) => s.serviceId === phone)).toMatchObject({ kind: "mobile", barred: ["roaming", "premium_numbers"] });
      expect(open.some((s) => s.serviceId === fibre)).toBe(false);
      expect(await billing.listSuspensions(bigcorp.scope, {})).toEqual([]);
      expect(await billing.listSuspensions(sub(seed), { billingAccountId: anna.accountId })).toHaveLength(1);
      expect(await billing.listSuspensions(anna.scope, { billingAccountId: anna.secondAccountId })).toEqual([]);
      expect(await billing.suspendedAccounts()).toContainEqual({ billingAccountId: anna.accountId, customerId: anna.scope.customerId });
      expect(
        await codeOf(billing.suspendServices({ billingAccountId: randomUUID(), reason: "unpaid_bills", idempotencyKey: randomUUID() })),
      ).toBe("NOT_FOUND");

      const restoreKey = randomUUID();
      const restored = await billing.restoreServices({ billingAccountId: anna.accountId, idempotencyKey: restoreKey });
      expect(restored).toMatchObject({ state: "restored", serviceIds: [...suspended.serviceIds].sort() });
      expect(await billing.restoreServices({ billingAccountId: anna.accountId, idempotencyKey: restoreKey })).toEqual(restored);
      expect((await billing.restoreServices({ billingAccountId: anna.accountId, idempotencyKey: randomUUID() })).serviceIds).toEqual([]);
      expect(await billing.listSuspensions(anna.scope, { openOnly: true })).toEqual([]);
      expect((await billing.listSuspensions(anna.scope, {}))[0]!.restoredAt).toBeInstanceOf(Date);
      expect(await billing.suspendedAccounts()).not.toContainEqual(expect.objectContaining({ billingAccountId: anna.accountId }));

      const events = await suspensionEvents(feed, anna.accountId);
      expect(events.map((e) => e.state)).toEqual(["suspended", "restored"]);
      expect(events[0]).toMatchObject({ relatedParty: [{ id: anna.scope.customerId, role: "customer" }], reason: "unpaid_bills" });
      expect(events[0]!.services.find((s) => s.id === phone)).toMatchObject({ kind: "mobile", barred: ["roaming", "premium_numbers"] });
    });
  });
}
