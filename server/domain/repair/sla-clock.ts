// The SLA clock is a fold over the ticket's event log: no stored counters, so it survives
// restarts, and replaying the log with any `now` reproduces exactly what a screen showed then.
import { addOpen, openBetween, type Calendar } from "./calendar";
import type { TicketState } from "./lifecycle";
import type { SlaTargets } from "./sla-policy";

const MINUTE = 60_000;

/**
 * One entry of a ticket's event log, in log order. `created` starts both clocks; `responded` is the
 * first public answer by staff; `status` is every lifecycle change (reopen = resolved → in_progress).
 */
export type SlaEvent = { kind: "created"; at: Date } | { kind: "responded"; at: Date } | { kind: "status"; at: Date; to: TicketState };

/** One clock (response or resolution) as of `now`. Minutes are working minutes of the calendar. */
export interface ClockState {
  targetMinutes: number;
  elapsedMinutes: number;
  /** max(0, target − elapsed). */
  remainingMinutes: number;
  /**
   * When the target is (or was) reached: the actual breach instant once breached; otherwise the
   * projection from now (running, or paused as if resumed now) or from the stop (stopped).
   */
  dueAt: Date;
  /** Waiting on the customer or a third party: time does not count, but the ticket is still open. */
  paused: boolean;
  /** No longer counting: answered (response), or resolved / closed / cancelled / rejected (resolution). */
  stopped: boolean;
  /** elapsed ≥ 80 % of target. */
  atRisk: boolean;
  /** elapsed ≥ target: a clock stopped exactly at its due instant is late. */
  breached: boolean;
  /** When it was fulfilled (first response; last resolution), even if late — `breached` says whether in time. */
  metAt?: Date;
}

/** Both clocks of a ticket plus the lifecycle state the log leads to. */
export interface SlaClocks {
  state: TicketState;
  response: ClockState;
  resolution: ClockState;
}

const runningStates: ReadonlySet<TicketState> = new Set(["acknowledged", "in_progress"]);
const pausedStates: ReadonlySet<TicketState> = new Set(["pending", "held"]);

interface Counter {
  target: number;
  elapsed: number;
  runningSince?: number;
  stoppedAt?: number;
  breachAt?: number;
  metAt?: number;
}

function accrue(calendar: Calendar, counter: Counter, to: number) {
  const from = counter.runningSince;
  if (from === undefined) return;
  const open = openBetween(calendar, from, to);
  if (counter.breachAt === undefined && counter.elapsed + open >= counter.target) {
    counter.breachAt = addOpen(calendar, from, counter.target - counter.elapsed);
  }
  counter.elapsed += open;
  counter.runningSince = undefined;
}

function view(calendar: Calendar, counter: Counter, now: number, paused: boolean, stopped: boolean): ClockState {
  const remaining = Math.max(0, counter.target - counter.elapsed);
  const dueAt = counter.breachAt ?? addOpen(calendar, stopped ? (counter.stoppedAt ?? now) : now, remaining);
  return {
    targetMinutes: counter.target / MINUTE,
    elapsedMinutes: counter.elapsed / MINUTE,
    remainingMinutes: remaining / MINUTE,
    dueAt: new Date(dueAt),
    paused,
    stopped,
    atRisk: counter.elapsed * 5 >= counter.target * 4,
    breached: counter.elapsed >= counter.target,
    ...(counter.metAt === undefined ? {} : { metAt: new Date(counter.metAt) }),
  };
}

/**
 * Evaluates both SLA clocks of a ticket as of `now`.
 *
 * The clock ticks in whole minutes: event times and `now` are truncated to the minute, so an
 * answer given during the last minute before the due instant is in time. Events after `now` are
 * ignored (the log can be replayed as of any instant), events before `created` too; a timestamp
 * earlier than its predecessor's (clock skew between writers) is taken as the predecessor's.
 *
 * Response: runs from `created` until `responded` or any status change other than `cancelled`
 * (staff touching the ticket is an answer); it never pauses. Resolution: runs in acknowledged and
 * in_progress, pauses in pending and held, stops in resolved, closed, cancelled and rejected;
 * reopening resumes it with the time already used.
 */
export function slaClock(events: readonly SlaEvent[], targets: SlaTargets, calendar: Calendar, now: Date): SlaClocks {
  const end = Math.floor(now.getTime() / MINUTE) * MINUTE;
  const response: Counter = { target: targets.responseMinutes * MINUTE, elapsed: 0 };
  const resolution: Counter = { target: targets.resolutionMinutes * MINUTE, elapsed: 0 };
  let state: TicketState = "acknowledged";
  let started = false;
  let last = -Infinity;

  for (const event of events) {
    const raw = event.at.getTime();
    if (raw > now.getTime()) continue;
    const at = Math.max(last, Math.floor(raw / MINUTE) * MINUTE);
    last = at;
    if (!started) {
      if (event.kind !== "created") continue;
      started = true;
      response.runningSince = at;
      resolution.runningSince = at;
      continue;
    }
    if (event.kind === "created") continue;
    if (response.runningSince !== undefined) {
      accrue(calendar, response, at);
      response.stoppedAt = at;
      if (!(event.kind === "status" && event.to === "cancelled")) response.metAt = at;
    }
    if (event.kind !== "status") continue;

    state = event.to;
    const running = runningStates.has(state);
    if (running && resolution.runningSince === undefined) {
      resolution.runningSince = at;
      resolution.stoppedAt = undefined;
      resolution.metAt = undefined;
    } else if (!running && resolution.runningSince !== undefined) {
      accrue(calendar, resolution, at);
    }
    if (!running && !pausedStates.has(state) && resolution.stoppedAt === undefined) {
      resolution.stoppedAt = at;
      if (state === "resolved" || state === "closed") resolution.metAt = at;
    }
  }

  const responseRunning = response.runningSince !== undefined;
  accrue(calendar, response, end);
  accrue(calendar, resolution, end);
  const paused = pausedStates.has(state);
  const resolutionStopped = started && !runningStates.has(state) && !paused;
  return {
    state,
    response: view(calendar, response, end, false, started && !responseRunning),
    resolution: view(calendar, resolution, end, paused, resolutionStopped),
  };
}
