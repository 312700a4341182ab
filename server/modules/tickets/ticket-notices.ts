// A status change tells the person who reported the fault; called from the repair feed's handlers,
// in the transaction that records the event as applied, so each change is told once.
import type { Tx } from "~/server/db/client";
import { partyOf, type TroubleTicketBody } from "~/server/gateways/repair/repair-events";
import type { TicketRecord } from "~/server/gateways/repair/repair-gateway";
import { notify } from "~/server/modules/notifications/notify";

export const ticketLink = (ticket: Pick<TicketRecord, "id">) => `/tickets/${ticket.id}`;

export async function noticeOfStatus(tx: Tx, ticket: TroubleTicketBody) {
  const userId = partyOf(ticket, "reporter");
  if (!userId) return;
  await notify(tx, { userId, customerId: partyOf(ticket, "customer") }, "ticket.updated", { ticket: ticket.externalId, status: ticket.status }, ticketLink(ticket));
}
