// How a bill line reads, the same on the bill page and in its PDF: description, quantity in the units a
// person reads (minutes, MB, days) and dates. Pure: the caller brings the `bills` texts and a number format.
import type { BillLineView } from "~/server/gateways/billing/billing-gateway";

type Line = Pick<BillLineView, "kind" | "usageKind" | "zone" | "description" | "quantity" | "startDate" | "endDate">;
type Values = Record<string, string | number>;
type NumberOptions = { style?: "percent"; maximumFractionDigits?: number };

export type LineTexts = {
  /** the `bills.detail` texts */
  detail: (key: string, values?: Values) => string;
  /** the `bills.units` texts */
  units: (key: string, values?: Values) => string;
  number: (value: number, options?: NumberOptions) => string;
  /** a calendar date (YYYY-MM-DD) in the viewer's format */
  day: (iso: string) => string;
};

export type LineText = { description: string; quantity: string; dates: string };

const kindOrder: Line["kind"][] = ["recurring", "usage", "one_time", "discount", "tax"];
/** Monthly fees first, VAT last: the order both the page and the PDF list a section's lines in. */
export const byLineKind = (a: Pick<Line, "kind">, b: Pick<Line, "kind">) => kindOrder.indexOf(a.kind) - kindOrder.indexOf(b.kind);

/** The day before a date: line end dates are exclusive, people read the last day. */
export const dayBefore = (iso: string) => new Date(Date.parse(`${iso.slice(0, 10)}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);

export const rateText = (number: LineTexts["number"], bp: number) => number(bp / 10_000, { style: "percent", maximumFractionDigits: 2 });

const MIB = 1_048_576;
export type UnitTexts = { count: (unit: "minutes" | "sms", count: number) => string; size: (unit: "mb" | "gb", amount: string) => string };

/** Base units as a person reads them: seconds → minutes, bytes → MB or GB. */
export function usageText(kind: "voice" | "sms" | "data", quantity: number, number: LineTexts["number"], texts: UnitTexts) {
  if (kind === "voice") return texts.count("minutes", Math.ceil(quantity / 60));
  if (kind === "sms") return texts.count("sms", quantity);
  const mb = quantity / MIB;
  return mb >= 1024
    ? texts.size("gb", number(mb / 1024, { maximumFractionDigits: 2 }))
    : texts.size("mb", number(mb, { maximumFractionDigits: mb < 10 ? 1 : 0 }));
}

export const unitTexts = (x: Pick<LineTexts, "units">): UnitTexts => ({
  count: (unit, count) => x.units(unit, { count }),
  size: (unit, amount) => x.units(unit, { amount }),
});

export function lineText(l: Line, x: LineTexts): LineText {
  const description =
    l.kind === "tax"
      ? x.detail("vatLine", { rate: rateText(x.number, l.quantity ?? 0) })
      : l.kind === "usage"
        ? `${x.detail("lineKinds.usage")} ${l.zone ? x.detail(`zones.${l.zone}`) : ""} · ${l.description}`
        : `${x.detail(`lineKinds.${l.kind}`)}: ${l.description}`;
  const quantity =
    l.quantity === null || l.kind === "tax"
      ? ""
      : l.kind === "usage" && l.usageKind
        ? usageText(l.usageKind, l.quantity, x.number, unitTexts(x))
        : x.units("days", { count: l.quantity });
  // a usage line's date is where its allowance period starts, which says nothing to the reader
  const dates =
    !l.startDate || l.kind === "usage"
      ? ""
      : l.kind === "one_time" || !l.endDate
        ? x.day(l.startDate)
        : `${x.day(l.startDate)} – ${x.day(dayBefore(l.endDate))}`;
  return { description, quantity, dates };
}
