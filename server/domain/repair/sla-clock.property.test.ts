// slaClock against the minute-by-minute reference over random, lifecycle-legal event logs that
// start around the awkward dates: DST weekends, Easter, Christmas, ordinary weeks.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { alwaysOpen, type Calendar } from "./calendar";
import { allowedActions, transition, type TicketState } from "./lifecycle";
import { slaClock, type ClockState, type SlaEvent } from "./sla-clock";
import { referenceClock, type ReferenceClock } from "./__fixtures__/sla-clock.reference";
import { czechBusinessHours } from "./sla-policy";

const MINUTE = 60_000;
const anchors = [
  "2026-03-27T15:00Z",
  "2026-03-28T22:00Z",
  "2026-10-23T14:00Z",
  "2026-10-24T21:00Z",
  "2026-04-02T12:00Z",
  "2026-12-23T16:00Z",
].map(Date.parse);
const yearStart = Date.parse("2026-01-01T00:00Z");

const start = fc.oneof(
  fc.tuple(fc.constantFrom(...anchors), fc.integer({ min: -2 * 1440, max: 2 * 1440 })).map(([a, m]) => a + m * MINUTE),
  fc.integer({ min: 0, max: 364 * 1440 }).map((m) => yearStart + m * MINUTE),
);
// Gaps mix same-minute events, minutes and days, so boundaries and long pauses both occur.
const gap = fc.oneof(
  { arbitrary: fc.constant(0), weight: 1 },
  { arbitrary: fc.integer({ min: 1, max: 120 }), weight: 3 },
  { arbitrary: fc.integer({ min: 120, max: 2880 }), weight: 3 },
);
const step = fc.record({ gap, choice: fc.nat(), respond: fc.integer({ min: 0, max: 4 }) });
// Short targets breach often; long ones (days of business hours) stay at risk or open.
const target = (max: number) => fc.oneof(fc.integer({ min: 1, max: 120 }), fc.integer({ min: 120, max }));

interface Scenario {
  events: SlaEvent[];
  now: number;
  calendar: Calendar;
  targets: { responseMinutes: number; resolutionMinutes: number };
}

/** A random walk through the lifecycle table, so every log is one the bureau could produce. */
function buildLog(from: number, steps: { gap: number; choice: number; respond: number }[]) {
  const events: SlaEvent[] = [{ kind: "created", at: new Date(from) }];
  let at = from;
  let state: TicketState = "acknowledged";
  for (const { gap, choice, respond } of steps) {
    at += gap * MINUTE;
    // Final moves are made rarer so logs linger in the running and paused states.
    const actions = allowedActions(state).flatMap((a) => (["cancel", "reject", "close"].includes(a) ? [a] : [a, a, a]));
    if (respond === 0 || actions.length === 0) {
      events.push({ kind: "responded", at: new Date(at) });
      continue;
    }
    const action = actions[choice % actions.length]!;
    state = transition(state, action, { now: new Date(at), resolvedAt: new Date(at) });
    events.push({ kind: "status", at: new Date(at), to: state });
  }
  return { events, last: at };
}

const scenario: fc.Arbitrary<Scenario> = fc
  .record({
    from: start,
    steps: fc.array(step, { maxLength: 10, size: "max" }),
    // now falls inside the history (later events are ignored) or after it.
    nowAt: fc.oneof(
      fc.integer({ min: 0, max: 99 }).map((percent) => ({ share: percent / 100, after: 0 })),
      fc.integer({ min: 0, max: 3000 }).map((after) => ({ share: 1, after })),
    ),
    calendar: fc.constantFrom<Calendar>(czechBusinessHours, alwaysOpen),
    responseMinutes: target(1200),
    resolutionMinutes: target(3000),
  })
  .map(({ from, steps, nowAt, calendar, responseMinutes, resolutionMinutes }) => {
    const { events, last } = buildLog(from, steps);
    const span = Math.floor(((last - from) / MINUTE) * nowAt.share) + nowAt.after;
    return { events, now: from + span * MINUTE, calendar, targets: { responseMinutes, resolutionMinutes } };
  });

const asReference = (clock: ClockState): ReferenceClock => ({
  elapsedMinutes: clock.elapsedMinutes,
  remainingMinutes: clock.remainingMinutes,
  dueAt: clock.dueAt.getTime(),
  paused: clock.paused,
  stopped: clock.stopped,
  atRisk: clock.atRisk,
  breached: clock.breached,
  ...(clock.metAt ? { metAt: clock.metAt.getTime() } : {}),
});

const clockOf = ({ events, targets, calendar }: Scenario, now: number) => slaClock(events, targets, calendar, new Date(now));

describe("slaClock matches the minute-by-minute reference", () => {
  it("on 1,500 random event logs", () => {
    fc.assert(
      fc.property(scenario, (s) => {
        const actual = clockOf(s, s.now);
        const expected = referenceClock(s.events, s.targets, s.calendar, s.now);
        expect(actual.state).toBe(expected.state);
        expect(asReference(actual.response)).toEqual(expected.response);
        expect(asReference(actual.resolution)).toEqual(expected.resolution);
      }),
      { numRuns: 1500 },
    );
  });
});

describe("invariants", () => {
  it("remaining = max(0, target − elapsed), atRisk and breached follow elapsed", () => {
    fc.assert(
      fc.property(scenario, (s) => {
        const { response, resolution } = clockOf(s, s.now);
        for (const c of [response, resolution]) {
          expect(c.remainingMinutes).toBe(Math.max(0, c.targetMinutes - c.elapsedMinutes));
          expect(c.breached).toBe(c.elapsedMinutes >= c.targetMinutes);
          expect(c.atRisk).toBe(c.elapsedMinutes >= 0.8 * c.targetMinutes);
          expect(c.paused && c.stopped).toBe(false);
        }
      }),
      { numRuns: 1000 },
    );
  });

  it("elapsed never decreases as now moves forward", () => {
    fc.assert(
      fc.property(scenario, fc.integer({ min: 0, max: 5000 }), (s, later) => {
        const before = clockOf(s, s.now);
        const after = clockOf(s, s.now + later * MINUTE);
        expect(after.response.elapsedMinutes).toBeGreaterThanOrEqual(before.response.elapsedMinutes);
        expect(after.resolution.elapsedMinutes).toBeGreaterThanOrEqual(before.resolution.elapsedMinutes);
      }),
      { numRuns: 1000 },
    );
  });

  it("pausing never increases elapsed", () => {
    fc.assert(
      fc.property(scenario, fc.nat(), fc.nat(), (s, x, y) => {
        // Hold the ticket from a to b, then put it back in the state the original log had at b.
        const from = s.events[0]!.at.getTime();
        const span = Math.max(1, Math.floor((s.now - from) / MINUTE) + 1);
        const [a, b] = [from + (x % span) * MINUTE, from + (y % span) * MINUTE].sort((p, q) => p - q) as [number, number];
        const stateAt = (t: number) =>
          s.events.reduce<TicketState>((st, e) => (e.kind === "status" && e.at.getTime() <= t ? e.to : st), "acknowledged");
        const keep = (e: SlaEvent) => e.kind !== "status" || e.at.getTime() < a || e.at.getTime() > b;
        const paused: SlaEvent[] = [
          ...s.events.filter(keep),
          { kind: "status", at: new Date(a), to: "held" },
          { kind: "status", at: new Date(b), to: stateAt(b) },
        ];
        paused.sort((p, q) => p.at.getTime() - q.at.getTime() || (p.kind === "created" ? -1 : q.kind === "created" ? 1 : 0));
        const original = clockOf(s, s.now).resolution.elapsedMinutes;
        expect(clockOf({ ...s, events: paused }, s.now).resolution.elapsedMinutes).toBeLessThanOrEqual(original);
      }),
      { numRuns: 1000 },
    );
  });

  it("a running clock breaches exactly at its due instant", () => {
    fc.assert(
      fc.property(scenario, (s) => {
        const events = s.events.filter((e) => e.at.getTime() <= s.now); // nothing further happens
        const { resolution } = slaClock(events, s.targets, s.calendar, new Date(s.now));
        if (resolution.paused || resolution.stopped || resolution.breached) return;
        const due = resolution.dueAt.getTime();
        expect(slaClock(events, s.targets, s.calendar, new Date(due - MINUTE)).resolution.breached).toBe(false);
        expect(slaClock(events, s.targets, s.calendar, new Date(due)).resolution.breached).toBe(true);
      }),
      { numRuns: 1000 },
    );
  });

  it("is reproducible from the log: events after now change nothing", () => {
    fc.assert(
      fc.property(scenario, (s) => {
        const prefix = s.events.filter((e) => e.at.getTime() <= s.now);
        expect(clockOf({ ...s, events: prefix }, s.now)).toEqual(clockOf(s, s.now));
      }),
      { numRuns: 1000 },
    );
  });
});
