// A status change tells the person who reported the fault, an SLA warning the dispatchers and the
// technician; called from the repair feed's handlers, in the transaction that records the event as applied,
// so each change is told once.
import type { Tx } from "~/server/db/client";
import type { SlaFlag } from "~/server/domain/repair/sla-sweep";
import { partyOf, type TroubleTicketBody } from "~/server/gateways/repair/repair-events";
import type { TicketRecord } from "~/server/gateways/repair/repair-gateway";
import { notify } from "~/server/modules/notifications/notify";
import { dispatcherIds } from "./tickets.repository";

const ticketLink = (ticket: Pick<TicketRecord, "id">) => `/tickets/${ticket.id}`;

export async function noticeOfStatus(tx: Tx, ticket: TroubleTicketBody) {
  const userId = partyOf(ticket, "reporter");
  if (!userId) return;
  await notify(
    tx,
    { userId, customerId: partyOf(ticket, "customer") },
    "ticket.updated",
    { ticket: ticket.externalId, status: ticket.status },
    ticketLink(ticket),
  );
}

export async function noticeOfSlaFlag(tx: Tx, ticket: TroubleTicketBody, flag: SlaFlag) {
  const technician = partyOf(ticket, "technician");
  const recipients = [...new Set([...(await dispatcherIds(tx)), ...(technician ? [technician] : [])])];
  const status = flag.endsWith("breached") ? "sla_breached" : "sla_at_risk";
  for (const userId of recipients)
    await notify(tx, { userId }, "ticket.updated", { ticket: ticket.externalId, status }, `/staff/tickets/${ticket.id}`);
}
