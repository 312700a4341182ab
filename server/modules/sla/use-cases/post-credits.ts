// Posting SLA credits is an operator's act: each credit becomes a credit note on the bill of the
// month it was earned in, once per ticket however often it is posted (the note's reference).
import type { StaffActor } from "~/server/auth/principal";
import { DomainError } from "~/server/lib/errors";
import type { PostCreditsInput, PostedCreditsView } from "../sla.schemas";
import { billsOfMonth, creditReference, customerData, figuresOf, reportMonth, type SlaDeps } from "../sla.service";

type Outcome = PostedCreditsView["items"][number]["outcome"];

export const postSlaCredits = (deps: SlaDeps, _actor: StaffActor, input: PostCreditsInput) => postCreditsOf(deps, input);

/** Also run by the nightly job for every SLA customer's last month: idempotent per ticket. */
export async function postCreditsOf(deps: SlaDeps, input: PostCreditsInput): Promise<PostedCreditsView> {
  const month = reportMonth(input.month, deps.clock.now());
  const { scope, data } = await customerData(deps, input.customerId);
  const services = new Map(data.services.map((s) => [s.id, s]));
  const credits = figuresOf(data, month, deps.clock.now()).credits;
  const bills = await billsOfMonth(
    deps,
    scope,
    credits.map((c) => services.get(c.serviceId)!.billingAccountId),
    month,
  );
  const items: PostedCreditsView["items"] = [];
  for (const c of credits) {
    const service = services.get(c.serviceId)!;
    const billId = bills.get(service.billingAccountId);
    let outcome: Outcome = c.amountMinor === 0 ? "none" : billId ? "posted" : "next_bill";
    let creditNoteNumber: string | null = null;
    if (outcome === "posted" && billId) {
      try {
        const note = await deps.billing.issueCreditNote({
          billId,
          netMinor: c.amountMinor,
          reason: `SLA credit ${month}: ticket ${c.ticketNumber}, ${service.identifier}`,
          reference: creditReference(c.ticketId),
        });
        creditNoteNumber = note.number;
      } catch (error) {
        // The bill has no net amount left to credit: say so for this credit, post the others.
        if (!(error instanceof DomainError) || error.code !== "CONFLICT") throw error;
        outcome = "rejected";
      }
    }
    items.push({
      ticketNumber: c.ticketNumber,
      serviceIdentifier: service.identifier,
      amount: { amountMinor: c.amountMinor, currency: c.currency },
      outcome,
      creditNoteNumber,
    });
  }
  return { month, items };
}
