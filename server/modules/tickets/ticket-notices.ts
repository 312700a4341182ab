// Every status change tells the person who reported the fault, in the same transaction as the change.
import type { Tx } from "~/server/db/client";
import type { TicketRecord } from "~/server/gateways/repair/repair-gateway";
import { notify } from "~/server/modules/notifications/notify";

export const ticketLink = (ticket: Pick<TicketRecord, "id">) => `/tickets/${ticket.id}`;

export async function noticeOfStatus(tx: Tx, ticket: TicketRecord) {
  await notify(tx, { userId: ticket.reporterUserId, customerId: ticket.customerId }, "ticket.updated", { ticket: ticket.number, status: ticket.state }, ticketLink(ticket));
}

/** Effects for a command: notify only when the state actually moved. */
export const noticeIfMoved = (before: { state: string }) => async (tx: Tx, ticket: TicketRecord) => {
  if (ticket.state !== before.state) await noticeOfStatus(tx, ticket);
};
