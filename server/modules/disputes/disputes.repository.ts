import type { Db } from "~/server/db/client";
import type { DisputeView } from "./disputes.schemas";

const select = {
  id: true, billId: true, billLineId: true, amountMinor: true, reason: true, status: true, resolution: true, creditNoteId: true,
  ticketId: true, createdAt: true, resolvedAt: true, bill: { select: { number: true, currency: true } },
} as const;

type Where = { billId?: string; status?: "open"; id?: string; customerId?: string };

/** Disputes with everything their view needs; `customerId` keeps a customer to its own. */
export async function findDisputes(db: Db, where: Where): Promise<DisputeView[]> {
  const rows = await db.billDispute.findMany({
    where: {
      ...(where.id ? { id: where.id } : {}), ...(where.billId ? { billId: where.billId } : {}), ...(where.status ? { status: where.status } : {}),
      ...(where.customerId ? { bill: { billingAccount: { customerId: where.customerId } } } : {}),
    },
    select, orderBy: { createdAt: "asc" },
  });
  if (rows.length === 0) return [];
  const [lines, tickets, notes] = await Promise.all([
    db.billLine.findMany({ where: { id: { in: rows.map((r) => r.billLineId) } }, select: { id: true, description: true, serviceId: true } }),
    db.ticket.findMany({ where: { id: { in: rows.map((r) => r.ticketId) } }, select: { id: true, number: true } }),
    db.creditNote.findMany({ where: { id: { in: rows.flatMap((r) => (r.creditNoteId ? [r.creditNoteId] : [])) } }, select: { id: true, number: true, totalMinor: true } }),
  ]);
  const lineById = new Map(lines.map((l) => [l.id, l]));
  const services = new Map((await db.service.findMany({
    where: { id: { in: lines.flatMap((l) => (l.serviceId ? [l.serviceId] : [])) } }, select: { id: true, identifier: true, label: true },
  })).map((s) => [s.id, s]));
  const ticketById = new Map(tickets.map((t) => [t.id, t]));
  const noteById = new Map(notes.map((n) => [n.id, n]));
  return rows.map((r) => {
    const line = lineById.get(r.billLineId);
    const note = r.creditNoteId ? noteById.get(r.creditNoteId) : undefined;
    const money = (m: bigint) => ({ amountMinor: Number(m), currency: r.bill.currency });
    return {
      id: r.id, billId: r.billId, billNumber: r.bill.number, billLineId: r.billLineId.toString(), lineDescription: line?.description ?? "",
      service: services.get(line?.serviceId ?? "") ?? { id: "", identifier: "", label: null },
      amount: money(r.amountMinor), reason: r.reason, status: r.status, resolution: r.resolution,
      creditNote: note ? { number: note.number, amount: money(note.totalMinor) } : null,
      ticket: { id: r.ticketId, number: ticketById.get(r.ticketId)?.number ?? "" },
      createdAt: r.createdAt, resolvedAt: r.resolvedAt,
    };
  });
}
