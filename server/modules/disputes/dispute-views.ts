// A dispute as its screens show it: the portal record with the bill line, ticket and credit note it refers to,
// each read from its own system in one batch per system.
import type { Deps } from "~/server/container";
import type { DisputeRow } from "./disputes.repository";
import type { DisputeView } from "./disputes.schemas";

export async function disputeViews({ billing, repair }: Pick<Deps, "billing" | "repair">, rows: DisputeRow[]): Promise<DisputeView[]> {
  if (rows.length === 0) return [];
  const [lines, tickets, notes] = await Promise.all([
    billing.findBillLines(rows.map((r) => r.billLineId.toString())),
    repair.listAllTickets({ all: true }, { ids: rows.map((r) => r.ticketId) }),
    billing.findCreditNotes(rows.flatMap((r) => (r.creditNoteId ? [r.creditNoteId] : []))),
  ]);
  const lineById = new Map(lines.map((l) => [l.id, l]));
  const ticketById = new Map(tickets.map((t) => [t.id, t]));
  const noteById = new Map(notes.map((n) => [n.id, n]));
  return rows.map((r) => {
    const line = lineById.get(r.billLineId.toString());
    const note = r.creditNoteId ? noteById.get(r.creditNoteId) : undefined;
    const money = (m: bigint | number) => ({ amountMinor: Number(m), currency: r.bill.currency });
    const service = line?.service ? { id: line.service.id, identifier: line.service.identifier, label: line.service.label } : { id: "", identifier: "", label: null };
    return {
      id: r.id, billId: r.billId, billNumber: r.bill.number, billLineId: r.billLineId.toString(), lineDescription: line?.description ?? "",
      service, amount: money(r.amountMinor), reason: r.reason, status: r.status, resolution: r.resolution,
      creditNote: note ? { number: note.number, amount: money(note.taxIncludedAmount.amountMinor) } : null,
      ticket: { id: r.ticketId, number: ticketById.get(r.ticketId)?.number ?? "" },
      createdAt: r.createdAt, resolvedAt: r.resolvedAt,
    };
  });
}
