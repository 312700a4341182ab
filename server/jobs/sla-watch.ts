// The SLA watch (every minute): evaluates the clocks of open tickets (and of those changed in the
// last day, so a late fix is still reported) and raises each 80 % warning and 100 % breach once.
// The repair system's flag is the "once": only the call that raised it sends the notices.
import type { Db } from "~/server/db/client";
import { sweep, type SlaAlert } from "~/server/domain/repair/sla-sweep";
import type { RepairGateway } from "~/server/gateways/repair/repair-gateway";
import { notify } from "~/server/modules/notifications/notify";
import { slaEventsOf } from "~/server/modules/tickets/ticket-views";

const RECENT_MS = 24 * 60 * 60 * 1000;

export async function slaWatch({ db, repair }: { db: Db; repair: RepairGateway }, now: Date): Promise<{ checked: number; raised: number }> {
  const tickets = await repair.listSlaWatch(new Date(now.getTime() - RECENT_MS));
  const alerts = sweep(tickets.map((t) => ({ id: t.id, tier: t.tier, priority: t.priority, events: slaEventsOf(t.events), raised: t.raised })), now);
  if (alerts.length === 0) return { checked: tickets.length, raised: 0 };

  const dispatchers = await db.user.findMany({ where: { staffRole: "dispatcher" }, select: { id: true } });
  const byId = new Map(tickets.map((t) => [t.id, t]));
  let raised = 0;
  for (const alert of alerts) {
    const ticket = byId.get(alert.ticketId)!;
    const recipients = [...new Set([...dispatchers.map((d) => d.id), ...(ticket.technicianId ? [ticket.technicianId] : [])])];
    if (await repair.raiseSlaFlag(alert.ticketId, alert.flag, now)) {
      await tell(db, alert, ticket.number, recipients);
      raised++;
    }
  }
  return { checked: tickets.length, raised };
}

async function tell(db: Db, alert: SlaAlert, number: string, recipients: string[]) {
  const status = alert.flag.endsWith("breached") ? "sla_breached" : "sla_at_risk";
  await db.$transaction(async (tx) => {
    for (const userId of recipients) await notify(tx, { userId }, "ticket.updated", { ticket: number, status }, `/staff/tickets/${alert.ticketId}`);
  });
}
