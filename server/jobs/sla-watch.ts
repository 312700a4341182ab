// The SLA watch (every minute): evaluates the clocks of open tickets (and of those stopped in the
// last day, so a late fix is still reported) and raises each 80 % warning and 100 % breach once.
// The flag row is the "once": inserted ON CONFLICT DO NOTHING, and only an insert sends notices.
import type { Db } from "~/server/db/client";
import type { SlaFlagKind } from "~/server/db/generated/enums";
import { openStates } from "~/server/domain/repair/lifecycle";
import { sweep, type SlaAlert, type SlaFlag } from "~/server/domain/repair/sla-sweep";
import { notify } from "~/server/modules/notifications/notify";
import { slaEventsOf } from "~/server/modules/tickets/ticket-views";

const RECENT_MS = 24 * 60 * 60 * 1000;
const toColumn = (flag: SlaFlag) => flag.replace(".", "_") as SlaFlagKind;
const fromColumn = (flag: SlaFlagKind) => flag.replace("_", ".") as SlaFlag;

export async function slaWatch(db: Db, now: Date): Promise<{ checked: number; raised: number }> {
  const tickets = await db.ticket.findMany({
    where: { OR: [{ state: { in: [...openStates] } }, { updatedAt: { gte: new Date(now.getTime() - RECENT_MS) } }] },
    select: {
      id: true, number: true, tier: true, priority: true, technicianId: true,
      events: { select: { kind: true, toState: true, at: true }, orderBy: { seq: "asc" } },
      flags: { select: { flag: true } },
    },
  });
  const alerts = sweep(
    tickets.map((t) => ({ id: t.id, tier: t.tier, priority: t.priority, events: slaEventsOf(t.events), raised: t.flags.map((f) => fromColumn(f.flag)) })),
    now,
  );
  if (alerts.length === 0) return { checked: tickets.length, raised: 0 };

  const dispatchers = await db.user.findMany({ where: { staffRole: "dispatcher" }, select: { id: true } });
  const byId = new Map(tickets.map((t) => [t.id, t]));
  let raised = 0;
  for (const alert of alerts) {
    const ticket = byId.get(alert.ticketId)!;
    const recipients = [...new Set([...dispatchers.map((d) => d.id), ...(ticket.technicianId ? [ticket.technicianId] : [])])];
    if (await raise(db, alert, ticket.number, recipients, now)) raised++;
  }
  return { checked: tickets.length, raised };
}

async function raise(db: Db, alert: SlaAlert, number: string, recipients: string[], now: Date) {
  return db.$transaction(async (tx) => {
    const inserted = await tx.$executeRaw`
      INSERT INTO "SlaFlag" ("ticketId", "flag", "raisedAt")
      VALUES (${alert.ticketId}::uuid, ${toColumn(alert.flag)}::"SlaFlagKind", ${now})
      ON CONFLICT DO NOTHING`;
    if (inserted === 0) return false;
    const status = alert.flag.endsWith("breached") ? "sla_breached" : "sla_at_risk";
    for (const userId of recipients) {
      await notify(tx, { userId }, "ticket.updated", { ticket: number, status }, `/staff/tickets/${alert.ticketId}`);
    }
    return true;
  });
}
