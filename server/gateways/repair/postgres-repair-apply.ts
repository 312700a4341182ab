// Writes one command to the ticket: the lifecycle action (validated), field updates and log entries with consecutive seq.
import type { Tx } from "~/server/db/client";
import type { Prisma } from "~/server/db/generated/client";
import { transition } from "~/server/domain/repair/lifecycle";
import type { Author, TicketChange, TicketRecord } from "./repair-gateway";

export async function apply(tx: Tx, ticket: TicketRecord, change: TicketChange, author: Author, at: Date) {
  const next = change.action
    ? transition(ticket.state, change.action, { now: at, resolvedAt: ticket.resolvedAt ?? undefined })
    : ticket.state;
  let seq = ticket.events.at(-1)?.seq ?? 0;
  const base = { ticketId: ticket.id, author: author.kind, authorUserId: author.userId, at };
  const rows: Prisma.TicketEventCreateManyInput[] = [];
  // The first staff touch is the answer the response clock waits for.
  const answered = ticket.events.some((e) => e.kind === "responded" || (e.kind === "status" && e.author !== "customer"));
  if (author.kind === "staff" && !answered) rows.push({ ...base, seq: ++seq, kind: "responded" });
  if (next !== ticket.state) rows.push({ ...base, seq: ++seq, kind: "status", toState: next });
  for (const e of change.events ?? []) {
    rows.push({
      ...base,
      seq: ++seq,
      kind: e.kind,
      text: e.text ?? null,
      progress: e.progress ?? null,
      visitFrom: e.visit?.from ?? null,
      visitTo: e.visit?.to ?? null,
    });
  }
  const attachments = change.attachments ?? [];
  if (attachments.length > 0) rows.push({ ...base, seq: ++seq, kind: "attachment" });
  const set = change.set ?? {};
  await tx.ticket.update({
    where: { id: ticket.id },
    data: {
      state: next,
      updatedAt: at,
      ...(next === "resolved" && ticket.state !== "resolved" ? { resolvedAt: at } : {}),
      ...("technicianId" in set ? { technicianId: set.technicianId } : {}),
      ...("visit" in set ? { visitFrom: set.visit?.from ?? null, visitTo: set.visit?.to ?? null } : {}),
      ...("cause" in set ? { cause: set.cause } : {}),
      ...("workDone" in set ? { workDone: set.workDone } : {}),
      ...("rating" in set ? { rating: set.rating } : {}),
      ...("ratingComment" in set ? { ratingComment: set.ratingComment } : {}),
    },
  });
  if (rows.length) await tx.ticketEvent.createMany({ data: rows });
  if (attachments.length > 0) {
    const uploadedById = author.userId;
    if (!uploadedById) throw new Error("an attachment needs the uploading user");
    await tx.ticketAttachment.createMany({
      data: attachments.map((a) => ({ ...a, ticketId: ticket.id, eventSeq: seq, uploadedById, createdAt: at })),
    });
  }
}
