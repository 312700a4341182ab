import type { LineTexts } from "~/server/modules/bills/line-format";

// What every document renderer gets from its caller: the `statements` texts (pdf.* and the table headers) and the viewer's locale.
export type Translate = (key: string, values?: Record<string, string | number>) => string;

export type Formats = {
  money: (minor: number, currency: string) => string;
  date: (iso: string) => string;
  percent: (bp: number) => string;
};

export function formatsFor(locale: string): Formats {
  const dates = new Intl.DateTimeFormat(locale, { dateStyle: "medium", timeZone: "UTC" });
  return {
    money: (minor, currency) => new Intl.NumberFormat(locale, { style: "currency", currency }).format(minor / 100),
    date: (iso) => dates.format(new Date(`${iso.slice(0, 10)}T00:00:00Z`)),
    percent: (bp) => new Intl.NumberFormat(locale, { style: "percent", maximumFractionDigits: 2 }).format(bp / 10_000),
  };
}

/** The shared bill-line wording in a document: `detail` and `units` read the `bills.detail` and `bills.units` texts. */
export function lineTextsFor(locale: string, detail: Translate, units: Translate): LineTexts {
  const f = formatsFor(locale);
  return { detail, units, number: (n, o) => new Intl.NumberFormat(locale, o).format(n), day: f.date };
}
