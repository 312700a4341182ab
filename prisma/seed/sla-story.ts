// When BigCorp's demo tickets happen, relative to `now` — pure, so the story can be checked at any instant.
// The dashboard reads Prague calendar months: last month's tickets are anchored to that month's own days,
// this month's to this month's start, so "today" being the 1st, the 2nd or the 31st never moves a ticket
// across a month boundary. Only in the first hours of a month, when no ticket opened this month can have
// breached yet, do the two open tickets start late last month — so the dashboard still shows a breach this
// month, a breached and an at-risk clock.
import type { TicketAction } from "~/server/domain/repair/lifecycle";
import { slaPolicies, type Priority } from "~/server/domain/repair/sla-policy";
import { monthBounds, monthOf, shiftMonth } from "~/server/modules/sla/sla-month";

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** After `after` minutes from the report: a staff note (the first answer) or a lifecycle action. */
export type HistoryStep = { after: number; note?: string; action?: TicketAction };

export interface HistoryTicket {
  tag: string;
  serviceIdentifier: string;
  priority: Priority;
  description: string;
  at: Date;
  steps: HistoryStep[];
  /** Still open by design: created even though its clock is running; the others wait until all their steps lie in the past. */
  open?: boolean;
}

const answered = (after: number): HistoryStep => ({ after, note: "We are on it; a technician is checking the line." });

/** BigCorp is a premium (24×7) client: its targets in minutes. */
const premium = (priority: Priority) => slaPolicies.find((p) => p.tier === "premium" && p.priority === priority)!;

/** The share of the resolution target an at-risk ticket has used: past the 80 % warning, short of the breach. */
const AT_RISK_SHARE = 0.86;

/** Where the open breached P1 ticket starts: six hours ago, or as early this month as lets it breach by now. */
function breachedOpenStart(now: number, monthStart: number): number {
  const target = premium("P1").resolutionMinutes * MINUTE;
  if (now - 6 * HOUR >= monthStart) return now - 6 * HOUR;
  if (now - target >= monthStart) return monthStart;
  return monthStart - target; // breaches exactly as the month begins
}

/** The at-risk ticket: a planned change (P4) when the month is old enough, else the most urgent kind that fits. */
const atRiskKinds: { priority: Priority; description: string }[] = [
  { priority: "P4", description: "Change the static IP range of Prague HQ" },
  { priority: "P3", description: "Prague HQ VPN tunnel drops now and then" },
  { priority: "P2", description: "Prague HQ internet is slow" },
  { priority: "P1", description: "Prague HQ has no internet" },
];

function atRisk(now: number, monthStart: number): HistoryTicket {
  const backOf = (p: Priority) => AT_RISK_SHARE * premium(p).resolutionMinutes * MINUTE;
  const kind = atRiskKinds.find((k) => now - backOf(k.priority) >= monthStart) ?? atRiskKinds[0]!;
  const answer = Math.min(90, Math.floor(premium(kind.priority).responseMinutes / 2));
  return {
    tag: "SLA-H7",
    serviceIdentifier: "BB-PRG-300101",
    priority: kind.priority,
    description: kind.description,
    at: new Date(now - backOf(kind.priority)),
    steps: [answered(answer)],
    open: true,
  };
}

/**
 * Last month: two fixed in time, one breach (and an outage, placed by the seed). This month: one in time, one breach, one breached and
 * one at risk still open.
 */
export function slaStory(now: Date): HistoryTicket[] {
  const t = now.getTime();
  const last = monthBounds(shiftMonth(monthOf(now), -1)).start.getTime();
  const thisMonth = monthBounds(monthOf(now)).start.getTime();
  // This month's resolved tickets start early in the month, or three days back late in it.
  const early = Math.max(thisMonth + 30 * MINUTE, t - 3 * DAY);
  return [
    {
      tag: "SLA-H1",
      serviceIdentifier: "BB-PRG-300101",
      priority: "P2",
      description: "Prague HQ internet is slow and drops",
      at: new Date(last + 3 * DAY + 9 * HOUR),
      steps: [answered(10), { after: 20, action: "start" }, { after: 5 * 60, action: "resolve" }],
    },
    {
      tag: "SLA-H2",
      serviceIdentifier: "LL-BRNO-0001",
      priority: "P1",
      description: "Leased line Brno–Prague is down",
      at: new Date(last + 8 * DAY + 14 * HOUR),
      steps: [answered(12), { after: 30, action: "start" }, { after: 7 * 60, action: "resolve" }],
    },
    {
      tag: "SLA-H3",
      serviceIdentifier: "LL-PLZN-0002",
      priority: "P3",
      description: "Packet loss on the Plzeň leased line",
      at: new Date(last + 15 * DAY + 10 * HOUR),
      steps: [answered(60), { after: 90, action: "start" }, { after: 20 * 60, action: "resolve" }],
    },
    {
      tag: "SLA-H4",
      serviceIdentifier: "BB-OST-300102",
      priority: "P2",
      description: "Ostrava branch has no internet",
      at: new Date(early),
      steps: [answered(8), { after: 15, action: "start" }, { after: 3 * 60, action: "resolve" }],
    },
    {
      tag: "SLA-H5",
      serviceIdentifier: "LL-PLZN-0002",
      priority: "P1",
      description: "Leased line Plzeň–Prague is down",
      at: new Date(early + 20 * MINUTE),
      steps: [answered(14), { after: 25, action: "start" }, { after: 6 * 60, action: "resolve" }],
    },
    {
      tag: "SLA-H6",
      serviceIdentifier: "LL-OSTR-0003",
      priority: "P1",
      description: "Leased line Ostrava–Prague is down",
      at: new Date(breachedOpenStart(t, thisMonth)),
      steps: [answered(10), { after: 20, action: "start" }],
      open: true,
    },
    atRisk(t, thisMonth),
  ];
}

/** The start of last month's outage on the Ostrava backbone (it lasts 4 h 30 min). */
export const outageStart = (now: Date) => new Date(monthBounds(shiftMonth(monthOf(now), -1)).start.getTime() + 12 * DAY + 6 * HOUR);

/** A ticket is seeded once all it will ever do has happened — except the open ones, whose clocks run on. */
export function isDue(ticket: HistoryTicket, now: Date): boolean {
  const lastStep = Math.max(0, ...ticket.steps.map((s) => s.after));
  return ticket.at <= now && (ticket.open === true || ticket.at.getTime() + lastStep * MINUTE <= now.getTime());
}
