// Wall-clock arithmetic in an IANA zone with nothing but Intl, so daylight-saving rules come from
// the runtime's tz database instead of a hand-kept table.

const MINUTE = 60_000;
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat("en-US", {
      timeZone,
      hourCycle: "h23",
      year: "numeric",
      month: "numeric",
      day: "numeric",
      hour: "numeric",
      minute: "numeric",
      second: "numeric",
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

/** Local calendar fields of an instant; weekday is ISO (1 = Monday … 7 = Sunday). */
export interface LocalTime {
  year: number;
  month: number;
  day: number;
  weekday: number;
  minuteOfDay: number;
}

/** The instant's wall-clock fields in the zone. */
export function localTime(timeZone: string, at: number): LocalTime {
  const fields: Record<string, number> = {};
  for (const part of formatterFor(timeZone).formatToParts(at)) {
    if (part.type !== "literal") fields[part.type] = Number(part.value);
  }
  const year = fields.year ?? 0;
  const month = fields.month ?? 1;
  const day = fields.day ?? 1;
  const weekday = ((new Date(Date.UTC(year, month - 1, day)).getUTCDay() + 6) % 7) + 1;
  return { year, month, day, weekday, minuteOfDay: (fields.hour ?? 0) * 60 + (fields.minute ?? 0) };
}

/** Offset of the zone from UTC at the instant, in ms (Europe/Prague: +1 h in winter, +2 h in summer). */
export function zoneOffset(timeZone: string, at: number): number {
  const t = localTime(timeZone, at);
  const seconds = Math.floor(at / 1000) % 60;
  const wall = Date.UTC(t.year, t.month - 1, t.day) + t.minuteOfDay * MINUTE + seconds * 1000;
  return wall - (at - (at % 1000));
}

/**
 * The instant at which the zone's clocks show the given local date and minute of the day.
 * A wall time skipped by a spring-forward gap maps to the same wall time in the old offset
 * (i.e. later than the gap's start); an ambiguous autumn time maps to its first occurrence.
 */
export function zonedInstant(timeZone: string, year: number, month: number, day: number, minuteOfDay: number): number {
  const wall = Date.UTC(year, month - 1, day) + minuteOfDay * MINUTE;
  // Offsets differ by at most a few hours, so two refinements settle on the right one.
  const before = zoneOffset(timeZone, wall - 12 * 60 * MINUTE);
  const after = zoneOffset(timeZone, wall + 12 * 60 * MINUTE);
  const early = wall - before;
  const late = wall - after;
  if (zoneOffset(timeZone, early) === before) return early;
  return zoneOffset(timeZone, late) === after ? late : early;
}
