// The SLA watch job's decision, kept pure: which tickets have crossed 80 % or 100 % of a target
// since the job last looked. The job stores the raised flags, so each warning goes out once.
import { slaClock, type ClockState, type SlaEvent } from "./sla-clock";
import { calendarFor, policyFor, type Priority, type SlaPolicy, type Tier } from "./sla-policy";

/** A threshold of one clock; stored per ticket once raised. */
export type SlaFlag = "response.at_risk" | "response.breached" | "resolution.at_risk" | "resolution.breached";

/** What the sweep needs of a ticket: its policy key, its event log and the flags already raised. */
export interface SweepTicket {
  id: string;
  tier: Tier;
  priority: Priority;
  events: readonly SlaEvent[];
  raised: readonly SlaFlag[];
}

/** A threshold crossed and not yet raised: the job records `flag` and sends the notification. */
export interface SlaAlert {
  ticketId: string;
  flag: SlaFlag;
  clock: "response" | "resolution";
  /** The breach instant for a breach; the projected due instant for an at-risk warning. */
  dueAt: Date;
  elapsedMinutes: number;
  targetMinutes: number;
}

type PolicyLookup = (tier: Tier, priority: Priority) => SlaPolicy;

function raise(alerts: SlaAlert[], ticketId: string, flag: SlaFlag, name: "response" | "resolution", clock: ClockState) {
  const { dueAt, elapsedMinutes, targetMinutes } = clock;
  alerts.push({ ticketId, flag, clock: name, dueAt, elapsedMinutes, targetMinutes });
}

function check(ticket: SweepTicket, name: "response" | "resolution", clock: ClockState, alerts: SlaAlert[]) {
  // A late answer or fix is still a breach even if it happened between two sweeps; a warning
  // about a clock that has stopped, or that a breach already overtook, would only be noise.
  if (clock.breached) {
    const flag: SlaFlag = name === "response" ? "response.breached" : "resolution.breached";
    if (!ticket.raised.includes(flag)) raise(alerts, ticket.id, flag, name, clock);
  } else if (clock.atRisk && !clock.stopped) {
    const flag: SlaFlag = name === "response" ? "response.at_risk" : "resolution.at_risk";
    if (!ticket.raised.includes(flag)) raise(alerts, ticket.id, flag, name, clock);
  }
}

/**
 * Evaluates every given ticket as of `now` and returns the thresholds to raise. Pass the open
 * tickets plus those stopped since the previous sweep, so a late resolution is still reported.
 */
export function sweep(tickets: Iterable<SweepTicket>, now: Date, policies: PolicyLookup = policyFor): SlaAlert[] {
  const alerts: SlaAlert[] = [];
  for (const ticket of tickets) {
    const policy = policies(ticket.tier, ticket.priority);
    const clocks = slaClock(ticket.events, policy, calendarFor(policy), now);
    check(ticket, "response", clocks.response, alerts);
    check(ticket, "resolution", clocks.resolution, alerts);
  }
  return alerts;
}
