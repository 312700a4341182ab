// Importing the operator's bank statement: the file is checked whole (a malformed one imports nothing), each credit is
// kept once by the bank's entry reference, matched to a bill by variable symbol and amount and posted to the billing
// ledger keyed by that reference; what cannot be matched waits for a billing agent. Debits are not the portal's.
import type { BillingGateway, OverdueBill } from "~/server/gateways/billing/billing-gateway";
import type { Clock } from "~/server/lib/clock";
import type { BankRepository, CreditRecord } from "../bank-statement/bank.repository";
import type { ImportResult, ImportStatementInput } from "../bank-statement/bank.schemas";
import { matchCredit } from "../bank-statement/matcher";
import { parseStatement } from "../bank-statement/parse-statement";

export type BankDeps = { billing: BillingGateway; clock: Clock; bank: BankRepository };

/** The ledger posting of a credit: one per bank entry, however often it is imported or assigned. */
export const postingReference = (credit: Pick<CreditRecord, "entryRef">) => `bank:${credit.entryRef}`;

export async function postCredit(billing: BillingGateway, credit: CreditRecord, bill: Pick<OverdueBill, "id" | "billingAccountId">) {
  await billing.postPayment({
    billingAccountId: bill.billingAccountId,
    billId: bill.id,
    amountMinor: credit.amountMinor,
    reference: postingReference(credit),
    postedAt: new Date(`${credit.bookedOn}T00:00:00Z`),
  });
}

/** `staffUserId`: the billing agent who uploaded it, null for the command line. */
export async function importStatement(deps: BankDeps, staffUserId: string | null, input: ImportStatementInput): Promise<ImportResult> {
  const parsed = parseStatement(input.content);
  if (!parsed.ok) return { errors: parsed.errors, summary: null };
  const { format, entries, ignored } = parsed.statement;
  const credits = entries.filter((e) => e.direction === "credit");
  const debits = entries.length - credits.length;
  const now = deps.clock.now();
  const { importId, added } = await deps.bank.record(
    { fileName: input.fileName, format, importedById: staffUserId, importedAt: now, debits },
    credits,
    (id) => ({
      actorUserId: staffUserId,
      action: "bank.import",
      entity: "BankStatementImport",
      entityId: id,
      data: { fileName: input.fileName, format, credits: credits.length, debits },
    }),
  );

  const pending = await deps.bank.pending(credits.map((c) => c.entryRef));
  const symbols = [...new Set(pending.flatMap((c) => (c.variableSymbol ? [c.variableSymbol] : [])))];
  // What is left to pay, lowered as this statement's credits are posted: two transfers for one bill match in turn.
  const bills = await deps.billing.findBillsByVariableSymbol(symbols);
  let matched = 0;
  for (const credit of pending) {
    const match = matchCredit(credit, bills);
    if (!match.matched) {
      const bill = match.bill && {
        billId: match.bill.id,
        billNumber: match.bill.billNo,
        billingAccountId: match.bill.billingAccountId,
        customerId: match.bill.customerId,
      };
      await deps.bank.leaveUnmatched(credit.id, match.reason, bill);
      continue;
    }
    await postCredit(deps.billing, credit, match.bill);
    const settled = await deps.bank.settle(credit.id, {
      status: "matched",
      billId: match.bill.id,
      billNumber: match.bill.billNo,
      billingAccountId: match.bill.billingAccountId,
      customerId: match.bill.customerId,
      at: now,
      resolvedById: null,
    });
    if (settled) matched += 1;
    match.bill.remainingAmount = {
      ...match.bill.remainingAmount,
      amountMinor: match.bill.remainingAmount.amountMinor - credit.amountMinor,
    };
  }
  await deps.bank.finish(importId, { credits: credits.length, newCredits: added, matched });
  return {
    errors: [],
    summary: {
      importId,
      format,
      credits: credits.length,
      known: credits.length - pending.length,
      matched,
      unmatched: pending.length - matched,
      debits,
      ignored,
    },
  };
}
