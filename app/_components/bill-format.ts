// Formatting shared by the bill components: money in minor units, calendar dates and periods, in the viewer's locale.
import type { useFormatter } from "next-intl";

type Formatter = ReturnType<typeof useFormatter>;

export const formatMoney = (format: Formatter, minor: number, currency: string, signed = false) =>
  format.number(minor / 100, { style: "currency", currency, ...(signed ? { signDisplay: "exceptZero" } : {}) });

/** A calendar date (YYYY-MM-DD) as itself, whatever the viewer's time zone. */
export const formatDay = (format: Formatter, day: string) =>
  format.dateTime(new Date(`${day}T00:00:00Z`), { dateStyle: "medium", timeZone: "UTC" });

/** A bill period (YYYY-MM) as "October 2026". */
export const formatPeriod = (format: Formatter, period: string) =>
  format.dateTime(new Date(`${period}-01T00:00:00Z`), { month: "long", year: "numeric", timeZone: "UTC" });

/** The day before a date: line end dates are exclusive, people read the last day. */
export function dayBefore(day: string) {
  return new Date(Date.parse(`${day}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
}

export const formatRate = (format: Formatter, bp: number) => format.number(bp / 10_000, { style: "percent", maximumFractionDigits: 2 });

const MIB = 1_048_576;
export type UnitTexts = { count: (unit: "minutes" | "sms", count: number) => string; size: (unit: "mb" | "gb", amount: string) => string };

/** Base units as a person reads them: seconds → minutes, bytes → MB or GB. */
export function usageText(kind: "voice" | "sms" | "data", quantity: number, format: Formatter, texts: UnitTexts) {
  if (kind === "voice") return texts.count("minutes", Math.ceil(quantity / 60));
  if (kind === "sms") return texts.count("sms", quantity);
  const mb = quantity / MIB;
  return mb >= 1024
    ? texts.size("gb", format.number(mb / 1024, { maximumFractionDigits: 2 }))
    : texts.size("mb", format.number(mb, { maximumFractionDigits: mb < 10 ? 1 : 0 }));
}
