// Czech public holidays (zákon č. 245/2000 Sb.). Good Friday and Easter Monday move with Easter,
// so they are computed per year rather than listed.

/** Easter Sunday (Gregorian) as [month 1–12, day], by the anonymous Gregorian (Meeus/Jones/Butcher) algorithm. */
export function easterSunday(year: number): [month: number, day: number] {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return [month, day];
}

const fixedCzech = ["01-01", "05-01", "05-08", "07-05", "07-06", "09-28", "10-28", "11-17", "12-24", "12-25", "12-26"];

/** Czech public holidays of a year as "MM-DD" strings (Good Friday counts since 2016). */
export function czechPublicHolidays(year: number): string[] {
  const [month, day] = easterSunday(year);
  const easter = Date.UTC(year, month - 1, day);
  const shifted = (days: number) => new Date(easter + days * 86_400_000).toISOString().slice(5, 10);
  const movable = year >= 2016 ? [shifted(-2), shifted(1)] : [shifted(1)];
  return [...fixedCzech, ...movable].sort();
}
