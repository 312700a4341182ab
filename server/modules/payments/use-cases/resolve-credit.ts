// A billing agent decides a credit the import could not: assigns it to a bill by the bill's number (posted once, by the
// bank entry's reference, like a matched one) or returns it to the payer (nothing posted). Both are audited.
import type { StaffActor } from "~/server/auth/principal";
import { formatAmount } from "~/server/lib/text";
import { variableSymbolOf } from "~/server/lib/spayd";
import { DomainError, invalid, notFound } from "~/server/lib/errors";
import type { CreditRecord } from "../bank-statement/bank.repository";
import type { AssignCreditInput, BankCreditView, ListCreditsInput, ReturnCreditInput } from "../bank-statement/bank.schemas";
import { postCredit, type BankDeps } from "./import-statement";

export async function assignCredit(deps: BankDeps, staff: StaffActor, input: AssignCreditInput): Promise<BankCreditView> {
  const credit = await deps.bank.byId(input.creditId);
  if (!credit) throw notFound("bank credit");
  const billNumber = input.billNumber.trim().toUpperCase();
  // A retried request for the same bill finds it done; anything else settled is not the agent's to change.
  if (credit.status === "assigned" && credit.billNumber === billNumber) return creditView(credit);
  if (credit.status !== "unmatched") throw new DomainError("INVALID_STATE", "only a credit waiting for an agent can be assigned");
  let symbol: string;
  try {
    symbol = variableSymbolOf(billNumber);
  } catch {
    throw notFound("bill");
  }
  const bill = (await deps.billing.findBillsByVariableSymbol([symbol])).find((b) => b.billNo.toUpperCase() === billNumber);
  if (!bill) throw notFound("bill");
  if (bill.remainingAmount.currency !== credit.currency) throw invalid("billNumber", "the bill is in another currency than the credit");
  await postCredit(deps.billing, credit, bill);
  const at = deps.clock.now();
  await deps.bank.settle(credit.id, {
    status: "assigned",
    billId: bill.id,
    billNumber: bill.billNo,
    billingAccountId: bill.billingAccountId,
    customerId: bill.customerId,
    at,
    resolvedById: staff.userId,
    audit: {
      actorUserId: staff.userId,
      customerId: bill.customerId,
      action: "bank.assign",
      entity: "BankCredit",
      entityId: credit.id,
      data: { entryRef: credit.entryRef, billNumber: bill.billNo, amount: formatAmount(credit.amountMinor, credit.currency) },
    },
  });
  return creditView((await deps.bank.byId(credit.id))!);
}

export async function returnCredit(deps: BankDeps, staff: StaffActor, input: ReturnCreditInput): Promise<BankCreditView> {
  const credit = await deps.bank.byId(input.creditId);
  if (!credit) throw notFound("bank credit");
  if (credit.status === "returned") return creditView(credit);
  const done = await deps.bank.markReturned(credit.id, deps.clock.now(), staff.userId, {
    actorUserId: staff.userId,
    customerId: credit.customerId,
    action: "bank.return",
    entity: "BankCredit",
    entityId: credit.id,
    data: { entryRef: credit.entryRef, amount: formatAmount(credit.amountMinor, credit.currency), payer: credit.payerName },
  });
  if (!done) throw new DomainError("INVALID_STATE", "only a credit waiting for an agent can be returned");
  return creditView((await deps.bank.byId(credit.id))!);
}

/** The newest 200 in the state: the desk's list of credits waiting is short, or the work is behind. */
export async function listCredits(deps: BankDeps, input: ListCreditsInput): Promise<BankCreditView[]> {
  return (await deps.bank.list({ status: input.state }, 200)).map(creditView);
}

export function creditView(c: CreditRecord): BankCreditView {
  return {
    id: c.id,
    entryRef: c.entryRef,
    bookedOn: c.bookedOn,
    amount: { amountMinor: c.amountMinor, currency: c.currency },
    variableSymbol: c.variableSymbol,
    message: c.reference,
    payerName: c.payerName,
    payerAccount: c.payerAccount,
    state: c.status,
    reason: c.unmatchedReason,
    bill: c.billId && c.billNumber ? { id: c.billId, number: c.billNumber } : null,
    customerId: c.customerId,
    paymentId: c.paymentAttemptId,
  };
}
