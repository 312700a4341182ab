// A goodwill credit note from the billing agent: part (or all) of a bill's net amount credited, VAT added by the billing
// system at the bill's rate. Keyed by the confirmation's request key, so a retried request issues one note and is
// audited once.
import type { StaffActor } from "~/server/auth/principal";
import { invalid, notFound } from "~/server/lib/errors";
import { formatAmount } from "~/server/lib/text";
import type { CreditNoteView, IssueCreditNoteInput } from "../desk.schemas";
import { creditNoteView, customerScope, type DeskDeps } from "../desk.service";

export type GoodwillDeps = Pick<DeskDeps, "billing" | "desk">;

export async function issueGoodwillCredit(deps: GoodwillDeps, staff: StaffActor, input: IssueCreditNoteInput): Promise<CreditNoteView> {
  const scope = customerScope(input.customerId);
  const bill = await deps.billing.getBill(scope, input.billId);
  if (!bill) throw notFound("bill");
  const reference = `goodwill:${input.requestKey}`;
  const [done] = await deps.billing.listCreditNotes(scope, { references: [reference] });
  if (done) return creditNoteView(done);
  if (input.netMinor > bill.taxExcludedAmount.amountMinor) throw invalid("netMinor", "more than the bill's total before VAT");
  const note = await deps.billing.issueCreditNote({ billId: bill.id, netMinor: input.netMinor, reason: input.reason, reference });
  await deps.desk.audit({
    actorUserId: staff.userId,
    customerId: input.customerId,
    action: "credit-note.issue",
    entity: "CustomerBill",
    entityId: bill.id,
    data: {
      billNumber: bill.billNo,
      creditNoteId: note.id,
      number: note.number,
      amount: formatAmount(note.taxIncludedAmount.amountMinor, note.taxIncludedAmount.currency),
      reason: input.reason,
    },
  });
  return creditNoteView(note);
}
