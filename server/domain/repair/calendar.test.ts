import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { addOpen, alwaysOpen, openBetween } from "./calendar";
import { czechPublicHolidays, easterSunday } from "./holidays";
import { openMinute } from "./__fixtures__/sla-clock.reference";
import { czechBusinessHours as cal } from "./sla-policy";
import { zonedInstant, zoneOffset } from "./time-zone";

const MINUTE = 60_000;
const H = 60 * MINUTE;
/** "2026-03-27 17:00" read as Prague wall-clock time. */
const prague = (local: string) => {
  const [y, mo, d, h, mi] = local.split(/[- :]/).map(Number) as [number, number, number, number, number];
  return zonedInstant("Europe/Prague", y, mo, d, h * 60 + mi);
};

describe("Easter and Czech public holidays", () => {
  it.each([
    [1818, [3, 22]], // earliest possible
    [1943, [4, 25]], // latest possible
    [2019, [4, 21]],
    [2024, [3, 31]],
    [2025, [4, 20]],
    [2026, [4, 5]],
    [2027, [3, 28]],
    [2038, [4, 25]],
  ])("Easter Sunday %i is %j", (year, date) => {
    expect(easterSunday(year)).toEqual(date);
  });

  it("adds Good Friday and Easter Monday to the fixed holidays", () => {
    expect(czechPublicHolidays(2026)).toEqual([
      "01-01",
      "04-03",
      "04-06",
      "05-01",
      "05-08",
      "07-05",
      "07-06",
      "09-28",
      "10-28",
      "11-17",
      "12-24",
      "12-25",
      "12-26",
    ]);
    expect(czechPublicHolidays(2024)).toContain("03-29"); // Good Friday in March
    expect(czechPublicHolidays(2024)).toContain("04-01"); // Easter Monday in the next month
  });

  it("knows Good Friday became a holiday in 2016", () => {
    expect(czechPublicHolidays(2015)).not.toContain("04-03");
    expect(czechPublicHolidays(2015)).toContain("04-06");
    expect(czechPublicHolidays(2016)).toContain("03-25");
  });
});

describe("Prague wall-clock time", () => {
  it("is UTC+1 in winter and UTC+2 in summer", () => {
    expect(zoneOffset("Europe/Prague", Date.parse("2026-01-15T12:00:00Z"))).toBe(1 * H);
    expect(zoneOffset("Europe/Prague", Date.parse("2026-07-15T12:00:00Z"))).toBe(2 * H);
  });

  it.each([
    ["2026-03-27 08:00", "2026-03-27T07:00:00.000Z"], // Friday before the spring change
    ["2026-03-30 08:00", "2026-03-30T06:00:00.000Z"], // Monday after it
    ["2026-03-29 02:30", "2026-03-29T01:30:00.000Z"], // skipped hour: read with the old offset
    ["2026-10-25 02:30", "2026-10-25T00:30:00.000Z"], // repeated hour: its first occurrence
    ["2026-10-26 08:00", "2026-10-26T07:00:00.000Z"],
  ])("%s in Prague is %s", (local, utc) => {
    expect(new Date(prague(local)).toISOString()).toBe(utc);
  });
});

describe("Czech business hours", () => {
  it.each([
    ["2026-03-02 07:59", false],
    ["2026-03-02 08:00", true],
    ["2026-03-02 17:59", true],
    ["2026-03-02 18:00", false],
    ["2026-03-07 10:00", false], // Saturday
    ["2026-04-03 10:00", false], // Good Friday
    ["2026-04-06 10:00", false], // Easter Monday
    ["2026-04-07 10:00", true],
    ["2026-03-30 08:00", true], // first Monday of summer time
    ["2026-12-24 10:00", false],
  ])("%s open: %s", (local, open) => {
    expect(cal.isOpen(prague(local))).toBe(open);
  });

  it("counts only working time across a weekend", () => {
    expect(openBetween(cal, prague("2026-03-06 16:00"), prague("2026-03-09 10:00"))).toBe(4 * H);
  });

  it("skips Easter: Thursday evening to Tuesday morning", () => {
    expect(openBetween(cal, prague("2026-04-02 17:00"), prague("2026-04-07 10:00"))).toBe(3 * H);
  });

  it("keeps ten-hour days across both daylight-saving changes", () => {
    expect(openBetween(cal, prague("2026-03-27 00:00"), prague("2026-03-31 00:00"))).toBe(20 * H);
    expect(openBetween(cal, prague("2026-10-23 00:00"), prague("2026-10-27 00:00"))).toBe(20 * H);
  });

  it("lands exactly on closing time rather than the next opening", () => {
    expect(addOpen(cal, prague("2026-03-06 16:00"), 2 * H)).toBe(prague("2026-03-06 18:00"));
    expect(addOpen(cal, prague("2026-03-06 16:00"), 2 * H + MINUTE)).toBe(prague("2026-03-09 08:01"));
  });

  it("starts counting at opening when asked at night", () => {
    expect(addOpen(cal, prague("2026-12-23 20:00"), 30 * MINUTE)).toBe(prague("2026-12-28 08:30"));
  });

  it("walks a year of working days in whole-day steps", () => {
    // 2026 has 250 working days in Czechia: 261 weekdays less 11 holidays (5 July and 26 December fall on weekends).
    expect(openBetween(cal, prague("2026-01-01 00:00"), prague("2027-01-01 00:00"))).toBe(250 * 10 * H);
  });
});

describe("24×7", () => {
  it("counts the real length of the daylight-saving nights", () => {
    expect(openBetween(alwaysOpen, prague("2026-03-28 23:00"), prague("2026-03-29 05:00"))).toBe(5 * H);
    expect(openBetween(alwaysOpen, prague("2026-10-24 23:00"), prague("2026-10-25 05:00"))).toBe(7 * H);
  });
});

describe("segments agree with isOpen, minute by minute", () => {
  const from = Date.parse("2025-12-20T00:00:00Z");
  const span = 130 * 24 * 60; // up to May, through Christmas, Easter and the spring change
  const instant = fc.integer({ min: 0, max: span }).map((m) => from + m * MINUTE);

  it("openBetween equals the count of open minutes", () => {
    fc.assert(
      fc.property(instant, fc.integer({ min: 0, max: 6 * 24 * 60 }), (a, minutes) => {
        let expected = 0;
        for (let m = a; m < a + minutes * MINUTE; m += MINUTE) if (openMinute(cal, m)) expected += MINUTE;
        expect(openBetween(cal, a, a + minutes * MINUTE)).toBe(expected);
      }),
      { numRuns: 200 },
    );
  });

  it("addOpen inverts openBetween and ends on an open minute", () => {
    fc.assert(
      fc.property(instant, fc.integer({ min: 1, max: 5000 }), (a, minutes) => {
        const due = addOpen(cal, a, minutes * MINUTE);
        expect(openBetween(cal, a, due)).toBe(minutes * MINUTE);
        expect(cal.isOpen(due - MINUTE)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});
