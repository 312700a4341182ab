// Formatting shared by the bill components: money in minor units, calendar dates and periods, in the viewer's locale.
import type { useFormatter } from "next-intl";
import { rateText, usageText as usageTextOf, type LineTexts, type UnitTexts } from "~/server/modules/bills/line-format";

type Formatter = ReturnType<typeof useFormatter>;

export const formatMoney = (format: Formatter, minor: number, currency: string, signed = false) =>
  format.number(minor / 100, { style: "currency", currency, ...(signed ? { signDisplay: "exceptZero" } : {}) });

/** A calendar date (YYYY-MM-DD) as itself, whatever the viewer's time zone. */
export const formatDay = (format: Formatter, day: string) =>
  format.dateTime(new Date(`${day}T00:00:00Z`), { dateStyle: "medium", timeZone: "UTC" });

/** A bill period (YYYY-MM) as "October 2026". */
export const formatPeriod = (format: Formatter, period: string) =>
  format.dateTime(new Date(`${period}-01T00:00:00Z`), { month: "long", year: "numeric", timeZone: "UTC" });

export const formatRate = (format: Formatter, bp: number) => rateText((n, o) => format.number(n, o), bp);

/** Base units as a person reads them: seconds → minutes, bytes → MB or GB. */
export const usageText = (kind: "voice" | "sms" | "data", quantity: number, format: Formatter, texts: UnitTexts) =>
  usageTextOf(kind, quantity, (n, o) => format.number(n, o), texts);

type Texts = (key: string, values?: Record<string, string | number>) => string;

/** What the shared line formatter needs, from the page's translators (`bills.detail`, `bills.units`) and formatter. */
export const lineTexts = (detail: unknown, units: unknown, format: Formatter): LineTexts => ({
  detail: detail as Texts,
  units: units as Texts,
  number: (n, o) => format.number(n, o),
  day: (iso) => formatDay(format, iso),
});
