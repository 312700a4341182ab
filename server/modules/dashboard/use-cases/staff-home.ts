// The operator's home: each staff role's queue at a glance, read through the bureau's, disputes' and bank desk's use cases.
import type { StaffActor } from "~/server/auth/principal";
import type { Deps } from "~/server/container";
import { localTime, zonedInstant } from "~/server/domain/repair/time-zone";
import { bureauDeps } from "~/server/modules/bureau/bureau-deps";
import { openQueueItems } from "~/server/modules/bureau/bureau.service";
import { disputeDeps } from "~/server/modules/disputes/dispute-deps";
import { openDisputes } from "~/server/modules/disputes/disputes.service";
import { bankDeps } from "~/server/modules/payments/payment-deps";
import { listCredits } from "~/server/modules/payments/use-cases/resolve-credit";
import { REPORT_TIME_ZONE } from "~/server/modules/sla/sla-month";
import type { QueueItemView } from "~/server/modules/tickets/tickets.schemas";
import type { StaffHomeView, StaffTicketLink } from "../dashboard.schemas";

/** How many tickets or disputes the home lists; the desk below has them all. */
export const STAFF_HOME_ITEMS = 5;

const link = (t: QueueItemView): StaffTicketLink => ({
  id: t.id,
  number: t.number,
  service: t.service,
  priority: t.priority,
  state: t.state,
  customerName: t.customerName,
  visit: t.visit,
  resolution: t.resolution,
});

export async function staffHome(deps: Deps, actor: StaffActor): Promise<StaffHomeView> {
  if (actor.staffRole === "dispatcher") return dispatcherHome(deps);
  if (actor.staffRole === "technician") return technicianHome(deps, actor);
  return agentHome(deps);
}

/** Every open ticket counted by what it needs; the next ones to fall due on a running clock. */
async function dispatcherHome(deps: Deps): Promise<StaffHomeView> {
  const open = await openQueueItems(bureauDeps(deps), { all: true });
  const running = open.filter((t) => !t.resolution.paused && !t.resolution.stopped);
  return {
    role: "dispatcher",
    counts: {
      open: open.length,
      unassigned: open.filter((t) => t.technician === null).length,
      atRisk: open.filter((t) => t.resolution.atRisk && !t.resolution.breached).length,
      breached: open.filter((t) => t.resolution.breached).length,
      waiting: open.filter((t) => t.state === "pending").length,
    },
    next: running
      .sort((a, b) => a.resolution.dueAt.getTime() - b.resolution.dueAt.getTime())
      .slice(0, STAFF_HOME_ITEMS)
      .map(link),
  };
}

/** The technician's open jobs, and those with a visit today in Prague, earliest first. */
async function technicianHome(deps: Deps, actor: StaffActor): Promise<StaffHomeView> {
  const jobs = await openQueueItems(bureauDeps(deps), { technicianId: actor.userId });
  const { start, end } = pragueDay(deps.clock.now());
  const today = jobs
    .filter((t) => t.visit !== null && t.visit.from < end && t.visit.to > start)
    .sort((a, b) => a.visit!.from.getTime() - b.visit!.from.getTime());
  return {
    role: "technician",
    counts: { assigned: jobs.length, today: today.length, breached: jobs.filter((t) => t.resolution.breached).length },
    today: today.map(link),
  };
}

/** Disputes waiting for a decision (oldest first) and bank credits no bill was found for. */
async function agentHome(deps: Deps): Promise<StaffHomeView> {
  const [disputes, credits] = await Promise.all([openDisputes(disputeDeps(deps)), listCredits(bankDeps(deps), { state: "unmatched" })]);
  return {
    role: "billing_agent",
    counts: { disputes: disputes.length, unmatchedCredits: credits.length },
    disputes: disputes.slice(0, STAFF_HOME_ITEMS).map((d) => ({
      id: d.id,
      billNumber: d.billNumber,
      lineDescription: d.lineDescription,
      amount: d.amount,
      createdAt: d.createdAt,
    })),
  };
}

/** [start, end) of the Prague calendar day the instant falls on. */
function pragueDay(now: Date): { start: Date; end: Date } {
  const t = localTime(REPORT_TIME_ZONE, now.getTime());
  const next = new Date(Date.UTC(t.year, t.month - 1, t.day + 1));
  return {
    start: new Date(zonedInstant(REPORT_TIME_ZONE, t.year, t.month, t.day, 0)),
    end: new Date(zonedInstant(REPORT_TIME_ZONE, next.getUTCFullYear(), next.getUTCMonth() + 1, next.getUTCDate(), 0)),
  };
}
