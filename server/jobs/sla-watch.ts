// The SLA watch (every minute): evaluates the clocks of open tickets (and of those changed in the
// last day, so a late fix is still reported) and raises each 80 % warning and 100 % breach once.
// The repair system's flag is the "once"; raising it announces it on the repair feed, whose portal
// handler warns the dispatchers and the technician (tickets/ticket-events.ts).
import { sweep } from "~/server/domain/repair/sla-sweep";
import type { RepairGateway } from "~/server/gateways/repair/repair-gateway";
import { slaEventsOf } from "~/server/modules/tickets/ticket-views";

const RECENT_MS = 24 * 60 * 60 * 1000;

export async function slaWatch({ repair }: { repair: RepairGateway }, now: Date): Promise<{ checked: number; raised: number }> {
  const tickets = await repair.listSlaWatch(new Date(now.getTime() - RECENT_MS));
  const alerts = sweep(
    tickets.map((t) => ({ id: t.id, tier: t.tier, priority: t.priority, events: slaEventsOf(t.events), raised: t.raised })),
    now,
  );
  let raised = 0;
  for (const alert of alerts) if (await repair.raiseSlaFlag(alert.ticketId, alert.flag, now)) raised++;
  return { checked: tickets.length, raised };
}
