// Working-time calendars for SLA clocks. Time is counted by walking open intervals (one per
// working day), never minute by minute, so a due date a week away costs a handful of steps.
import { localTime, zonedInstant } from "./time-zone";

const DAY = 86_400_000;

/** A half-open interval [start, end) of working time, in ms since the epoch. */
export interface Segment {
  start: number;
  end: number;
}

/** When the SLA clock may tick. Implementations must be pure: the same instant, the same answer. */
export interface Calendar {
  readonly id: string;
  /** Whether the instant lies in working time (the definition the segments must agree with). */
  isOpen(at: number): boolean;
  /** The first working interval that ends after `at` (it may have started before `at`). */
  nextSegment(at: number): Segment;
}

/** Round-the-clock: every real minute counts, including the hour a DST change adds or removes. */
export const alwaysOpen: Calendar = {
  id: "24x7",
  isOpen: () => true,
  nextSegment: () => ({ start: -Infinity, end: Infinity }),
};

/** Weekly opening hours in a time zone, minus public holidays. */
export interface BusinessHoursConfig {
  id: string;
  timeZone: string;
  /** ISO weekdays that are working days (1 = Monday … 7 = Sunday). */
  weekdays: readonly number[];
  /** Opening and closing wall-clock time, "HH:MM" (closing exclusive). */
  opens: string;
  closes: string;
  /** Holidays of a year as "MM-DD"; called once per year and cached. */
  holidays: (year: number) => readonly string[];
}

const minutesOf = (hhmm: string) => {
  const [h, m] = hhmm.split(":").map(Number);
  return (h ?? 0) * 60 + (m ?? 0);
};
const pad = (n: number) => String(n).padStart(2, "0");

export function businessHours(config: BusinessHoursConfig): Calendar {
  const opens = minutesOf(config.opens);
  const closes = minutesOf(config.closes);
  if (config.weekdays.length === 0 || !(opens < closes)) throw new Error(`calendar ${config.id} is never open`);
  const holidayYears = new Map<number, ReadonlySet<string>>();
  // Day index (days since 1970-01-01 of the local date) → that day's working interval, or null.
  const days = new Map<number, Segment | null>();

  const isHoliday = (year: number, month: number, day: number) => {
    let set = holidayYears.get(year);
    if (!set) holidayYears.set(year, (set = new Set(config.holidays(year))));
    return set.has(`${pad(month)}-${pad(day)}`);
  };

  const segmentOfDay = (index: number): Segment | null => {
    let segment = days.get(index);
    if (segment !== undefined) return segment;
    const date = new Date(index * DAY);
    const [year, month, day] = [date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate()];
    const weekday = ((date.getUTCDay() + 6) % 7) + 1;
    segment =
      config.weekdays.includes(weekday) && !isHoliday(year, month, day)
        ? {
            start: zonedInstant(config.timeZone, year, month, day, opens),
            end: zonedInstant(config.timeZone, year, month, day, closes),
          }
        : null;
    days.set(index, segment);
    return segment;
  };

  return {
    id: config.id,
    isOpen(at) {
      const t = localTime(config.timeZone, at);
      return config.weekdays.includes(t.weekday) && !isHoliday(t.year, t.month, t.day) && t.minuteOfDay >= opens && t.minuteOfDay < closes;
    },
    nextSegment(at) {
      // A local date's hours lie within a day either side of the same UTC date, so start one
      // day early; a closed stretch (weekend, Christmas) is skipped a day at a time.
      for (let index = Math.floor(at / DAY) - 1; ; index++) {
        const segment = segmentOfDay(index);
        if (segment && segment.end > at) return segment;
      }
    },
  };
}

/** Working time between two instants, in ms (0 when `to` ≤ `from`). */
export function openBetween(calendar: Calendar, from: number, to: number): number {
  let total = 0;
  let at = from;
  while (at < to) {
    const segment = calendar.nextSegment(at);
    if (segment.start >= to) break;
    const start = Math.max(segment.start, at);
    const end = Math.min(segment.end, to);
    total += end - start;
    at = end;
  }
  return total;
}

/**
 * The instant at which `amount` ms of working time have passed since `from`. An amount that runs
 * out exactly at closing time lands on the closing instant, not on the next opening.
 */
export function addOpen(calendar: Calendar, from: number, amount: number): number {
  let at = from;
  let left = amount;
  while (left > 0) {
    const segment = calendar.nextSegment(at);
    const start = Math.max(segment.start, at);
    const available = segment.end - start;
    if (left <= available) return start + left;
    left -= available;
    at = segment.end;
  }
  return at;
}
