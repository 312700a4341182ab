// Billing complaints: "dispute this line" opens a claim that the repair system tracks as a ticket
// (category billing_dispute: a degraded-service priority, P3 for households, P2 for business: its own SLA clock). While it is open
// its amount, VAT included, is held out of dunning. A billing agent upholds it — a credit note through
// the billing gateway — or rejects it with the reasons; the bill shows the outcome either way.
import type { CustomerActor, StaffActor } from "~/server/auth/principal";
import { scopeOf } from "~/server/auth/scope";
import { divRound } from "~/server/domain/billing/rounding";
import { conflict, DomainError, invalid, notFound } from "~/server/lib/errors";
import { priorityFor } from "~/server/modules/tickets/tickets.policy";
import { DISPUTE_CATEGORY } from "~/server/modules/tickets/tickets.schemas";
import { disputeViews } from "./dispute-views";
import type { DisputeDeps } from "./dispute-deps";
import type { DisputeWhere } from "./disputes.repository";
import type { DisputeView, OpenDisputeInput, ResolveDisputeInput } from "./disputes.schemas";

async function viewOf(deps: DisputeDeps, where: DisputeWhere) {
  const [view] = await disputeViews(deps, await deps.disputes.find(where));
  return view!;
}

export async function openDispute(deps: DisputeDeps, actor: CustomerActor, input: OpenDisputeInput): Promise<DisputeView> {
  const { disputes, billing, repair, clock } = deps;
  const scope = scopeOf(actor);
  const bill = await billing.getBill(scope, input.billId);
  if (!bill) throw notFound("bill");
  const line = bill.lines.find((l) => l.id === input.billLineId);
  if (!line) throw notFound("bill line");
  if (!line.service || line.kind === "tax" || line.amount.amountMinor <= 0)
    throw invalid("billLineId", "only a charge for a service can be disputed");
  const service = await disputes.scopedService(scope, line.service.id);
  if (!service) throw notFound("service");
  if (await disputes.lineIsDisputed(line.id)) throw conflict("this line is already disputed");

  const tier = await disputes.tierOf(service.customerId);
  const net = BigInt(line.amount.amountMinor);
  const gross = net + divRound(net * BigInt(bill.taxItem[0]?.taxRateBp ?? 0), 10_000n);
  // Keyed by the line: two clicks at once (or a retry after a failure below) get the same ticket,
  // and the unique line key on the dispute lets only one record through.
  const ticket = await repair.createTicket(
    {
      customerId: service.customerId,
      serviceId: service.id,
      serviceKind: service.kind,
      area: service.area,
      tier,
      reporterUserId: actor.userId,
      category: DISPUTE_CATEGORY,
      description: `${bill.billNo} · ${line.description}: ${input.reason}`,
      visitPreference: null,
      contactPhone: null,
      priority: priorityFor(tier, DISPUTE_CATEGORY),
      outageId: null,
      at: clock.now(),
    },
    { key: `dispute-open:${line.id}` },
  );
  if (
    !(await disputes.insert({
      billId: bill.id,
      customerId: service.customerId,
      billNumber: bill.billNo,
      currency: bill.taxIncludedAmount.currency,
      billLineId: line.id,
      ticketId: ticket.id,
      amountMinor: Number(gross),
      reason: input.reason,
    }))
  ) {
    throw conflict("this line is already disputed");
  }
  return viewOf(deps, { ticketId: ticket.id, customerId: actor.customerId });
}

export async function billDisputes(deps: DisputeDeps, actor: CustomerActor, billId: string): Promise<DisputeView[]> {
  if (!(await deps.billing.getBill(scopeOf(actor), billId))) throw notFound("bill");
  return disputeViews(deps, await deps.disputes.find({ billId, customerId: actor.customerId }));
}

export const openDisputes = async (deps: DisputeDeps) => disputeViews(deps, await deps.disputes.find({ pending: true }));

export async function resolveDispute(deps: DisputeDeps, actor: StaffActor, input: ResolveDisputeInput): Promise<DisputeView> {
  const { disputes, billing, repair, clock } = deps;
  const [dispute] = await disputes.find({ id: input.disputeId });
  if (!dispute) throw notFound("dispute");
  // An upheld dispute whose credit note failed to issue is finished by upholding it again.
  const finishing = dispute.status === "upheld" && dispute.creditNoteId === null && input.outcome === "upheld";
  if (dispute.status !== "open" && !finishing) {
    throw new DomainError("INVALID_STATE", "the dispute is already decided", { entity: "dispute" });
  }
  const [line] = await billing.findBillLines([dispute.billLineId]);
  if (!line) throw notFound("bill line");
  const net = input.outcome === "upheld" ? (input.creditNetMinor ?? line.amount.amountMinor) : null;
  if (net !== null && net > line.amount.amountMinor) throw invalid("creditNetMinor", "the credit cannot exceed the disputed line");
  const now = clock.now();
  // Decide first: of two agents deciding at once only one passes, so a credit note is only ever issued for an upheld dispute.
  const decision = { status: input.outcome, resolution: input.resolution, creditNoteId: null, resolvedAt: now };
  if (!finishing && !(await disputes.decide(dispute.id, decision))) throw conflict("the dispute was decided meanwhile");
  if (net !== null) {
    // Idempotent per dispute: finishing after a failure here finds the same credit note.
    const note = await billing.issueCreditNote({
      billId: dispute.billId,
      netMinor: net,
      reason: input.resolution,
      reference: `dispute:${dispute.id}`,
    });
    await disputes.attachCreditNote(dispute.id, note.id);
  }
  // The reporter hears of it from the repair feed (the ticket's state change).
  await repair.updateTicket(
    dispute.ticketId,
    { all: true },
    { kind: "staff", userId: actor.userId },
    now,
    (ticket) => ({
      action: input.outcome === "rejected" && ticket.state === "acknowledged" ? "reject" : "resolve",
      events: [{ kind: "note", text: input.resolution }],
    }),
    { key: `dispute-decide:${dispute.id}` },
  );
  return viewOf(deps, { id: dispute.id });
}
