// A deliberately naive SLA clock for property tests: it walks the timeline one minute at a time
// and asks the calendar's isOpen() about each minute. Slow and obviously right, so slaClock (which
// walks whole working days) is checked against it. Test-only; never import from production code.
import type { Calendar } from "../calendar";
import type { TicketState } from "../lifecycle";
import type { SlaEvent } from "../sla-clock";
import type { SlaTargets } from "../sla-policy";

const MINUTE = 60_000;
const BLOCK = 15 * MINUTE;

/** The reference's answer for one clock, in plain numbers (ms instants, minutes). */
export interface ReferenceClock {
  elapsedMinutes: number;
  remainingMinutes: number;
  dueAt: number;
  paused: boolean;
  stopped: boolean;
  atRisk: boolean;
  breached: boolean;
  metAt?: number;
}

// Opening hours and DST changes fall on quarter hours, so isOpen is constant within a
// 15-minute block; remembering it per block keeps a million-minute walk affordable.
const memo = new WeakMap<Calendar, Map<number, boolean>>();
/** calendar.isOpen for the minute starting at `minute`, remembered per quarter hour. */
export function openMinute(calendar: Calendar, minute: number): boolean {
  let blocks = memo.get(calendar);
  if (!blocks) memo.set(calendar, (blocks = new Map()));
  const key = Math.floor(minute / BLOCK);
  let open = blocks.get(key);
  if (open === undefined) blocks.set(key, (open = calendar.isOpen(key * BLOCK)));
  return open;
}

/** Events must be minute-aligned and in time order (the generators guarantee it). */
export function referenceClock(
  events: readonly SlaEvent[],
  targets: SlaTargets,
  calendar: Calendar,
  now: number,
): { state: TicketState; response: ReferenceClock; resolution: ReferenceClock } {
  const log = events.filter((e) => e.at.getTime() <= now);
  const createdAt = log.find((e) => e.kind === "created")?.at.getTime();
  if (createdAt === undefined) throw new Error("reference clock needs a created event before now");
  const end = Math.floor(now / MINUTE) * MINUTE;

  let state: TicketState = "acknowledged";
  let responseRunning = true;
  let responseStoppedAt: number | undefined;
  let responseMetAt: number | undefined;
  let resolutionStoppedAt: number | undefined;
  let resolutionMetAt: number | undefined;
  let responseElapsed = 0;
  let resolutionElapsed = 0;
  let responseBreachAt: number | undefined;
  let resolutionBreachAt: number | undefined;
  let next = log.findIndex((e) => e.kind === "created") + 1;

  for (let minute = createdAt; minute <= end; minute += MINUTE) {
    for (; next < log.length && log[next]!.at.getTime() <= minute; next++) {
      const event = log[next]!;
      if (event.kind === "created") continue;
      if (responseRunning) {
        responseRunning = false;
        responseStoppedAt = minute;
        if (!(event.kind === "status" && event.to === "cancelled")) responseMetAt = minute;
      }
      if (event.kind !== "status") continue;
      const wasStopped = ["resolved", "closed", "cancelled", "rejected"].includes(state);
      state = event.to;
      if (state === "in_progress" || state === "acknowledged") {
        resolutionStoppedAt = resolutionMetAt = undefined;
      } else if (!wasStopped && ["resolved", "closed", "cancelled", "rejected"].includes(state)) {
        resolutionStoppedAt = minute;
        if (state === "resolved" || state === "closed") resolutionMetAt = minute;
      }
    }
    if (minute === end || !openMinute(calendar, minute)) continue;
    if (responseRunning && ++responseElapsed === targets.responseMinutes) responseBreachAt = minute + MINUTE;
    if ((state === "acknowledged" || state === "in_progress") && ++resolutionElapsed === targets.resolutionMinutes) {
      resolutionBreachAt = minute + MINUTE;
    }
  }

  const resolutionPaused = state === "pending" || state === "held";
  const resolutionStopped = !resolutionPaused && state !== "acknowledged" && state !== "in_progress";
  return {
    state,
    response: finish(
      calendar,
      targets.responseMinutes,
      responseElapsed,
      responseBreachAt,
      false,
      !responseRunning ? responseStoppedAt : undefined,
      responseMetAt,
      end,
    ),
    resolution: finish(
      calendar,
      targets.resolutionMinutes,
      resolutionElapsed,
      resolutionBreachAt,
      resolutionPaused,
      resolutionStopped ? resolutionStoppedAt : undefined,
      resolutionMetAt,
      end,
    ),
  };
}

function finish(
  calendar: Calendar,
  target: number,
  elapsed: number,
  breachAt: number | undefined,
  paused: boolean,
  stoppedAt: number | undefined,
  metAt: number | undefined,
  end: number,
): ReferenceClock {
  const remaining = Math.max(0, target - elapsed);
  let dueAt = breachAt;
  if (dueAt === undefined) {
    // Count the remaining open minutes forward from where the clock stands.
    let minute = stoppedAt ?? end;
    for (let left = remaining; left > 0; minute += MINUTE) if (openMinute(calendar, minute)) left--;
    dueAt = minute;
  }
  return {
    elapsedMinutes: elapsed,
    remainingMinutes: remaining,
    dueAt,
    paused,
    stopped: stoppedAt !== undefined,
    atRisk: elapsed * 5 >= target * 4,
    breached: elapsed >= target,
    ...(metAt === undefined ? {} : { metAt }),
  };
}
