// A dispute as its screens show it: the portal record with the bill line, ticket and credit note it refers to,
// each read from its own system in one batch per system.
import type { BillingGateway } from "~/server/gateways/billing/billing-gateway";
import type { RepairGateway } from "~/server/gateways/repair/repair-gateway";
import type { DisputeRecord } from "./disputes.repository";
import type { DisputeView } from "./disputes.schemas";

type ViewDeps = { billing: Pick<BillingGateway, "findBillLines" | "findCreditNotes">; repair: Pick<RepairGateway, "listAllTickets"> };

export async function disputeViews({ billing, repair }: ViewDeps, rows: DisputeRecord[]): Promise<DisputeView[]> {
  if (rows.length === 0) return [];
  const [lines, tickets, notes] = await Promise.all([
    billing.findBillLines(rows.map((r) => r.billLineId)),
    repair.listAllTickets({ all: true }, { ids: rows.map((r) => r.ticketId) }),
    billing.findCreditNotes(rows.flatMap((r) => (r.creditNoteId ? [r.creditNoteId] : []))),
  ]);
  const lineById = new Map(lines.map((l) => [l.id, l]));
  const ticketById = new Map(tickets.map((t) => [t.id, t]));
  const noteById = new Map(notes.map((n) => [n.id, n]));
  return rows.map((r) => {
    const line = lineById.get(r.billLineId);
    const note = r.creditNoteId ? noteById.get(r.creditNoteId) : undefined;
    const money = (amountMinor: number) => ({ amountMinor, currency: r.currency });
    const service = line?.service
      ? { id: line.service.id, identifier: line.service.identifier, label: line.service.label }
      : { id: "", identifier: "", label: null };
    return {
      id: r.id,
      billId: r.billId,
      billNumber: r.billNumber,
      billLineId: r.billLineId,
      lineDescription: line?.description ?? "",
      service,
      amount: money(r.amountMinor),
      reason: r.reason,
      status: r.status,
      resolution: r.resolution,
      creditNote: note ? { number: note.number, amount: money(note.taxIncludedAmount.amountMinor) } : null,
      ticket: { id: r.ticketId, number: ticketById.get(r.ticketId)?.number ?? "" },
      createdAt: r.createdAt,
      resolvedAt: r.resolvedAt,
    };
  });
}
