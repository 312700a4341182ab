import { getDocument } from "pdfjs-dist/legacy/build/pdf.mjs";
import { createTranslator } from "use-intl/core";
import { describe, expect, it } from "vitest";
import { bills as billsCs } from "~/app/_i18n/messages/bills/cs";
import { bills as billsEn } from "~/app/_i18n/messages/bills/en";
import { bills as billsRu } from "~/app/_i18n/messages/bills/ru";
import { bills as billsZh } from "~/app/_i18n/messages/bills/zh";
import { statements as cs } from "~/app/_i18n/messages/statements/cs";
import { statements as en } from "~/app/_i18n/messages/statements/en";
import { statements as ru } from "~/app/_i18n/messages/statements/ru";
import { statements as zh } from "~/app/_i18n/messages/statements/zh";
import type { CustomerBillDetail } from "~/server/gateways/billing/billing-gateway";
import type { AppLocale } from "~/server/lib/locales";
import { renderBillPdf } from "./bill-pdf";
import { lineTextsFor, type Translate } from "./format";
import { vatRecap, type Party } from "./tax-document";

const texts = (locale: AppLocale, messages: object, namespace: string): Translate => {
  const t = createTranslator({ locale, messages: { [namespace.split(".")[0]!]: messages } as never, namespace: namespace as never });
  return (key, values) => (t as unknown as Translate)(key, values);
};
const catalogues = { en: [en, billsEn], cs: [cs, billsCs], ru: [ru, billsRu], zh: [zh, billsZh] } as const;

/** The PDF's text, a string per printed line: cells apart by " | ", pieces of one cell (font fallbacks) joined. */
async function pdfLines(pdf: Buffer): Promise<string[]> {
  const doc = await getDocument({ data: new Uint8Array(pdf), useSystemFonts: false, isEvalSupported: false }).promise;
  const lines: string[] = [];
  for (let n = 1; n <= doc.numPages; n++) {
    // Cells of one row sit within a few points of one baseline (fonts differ in their ascent).
    const rows: { y: number; cells: { x: number; end: number; str: string }[] }[] = [];
    for (const item of (await (await doc.getPage(n)).getTextContent()).items) {
      if (!("str" in item) || !item.str.trim()) continue;
      const [x, y] = [item.transform[4] as number, item.transform[5] as number];
      const row = rows.find((r) => Math.abs(r.y - y) < 4) ?? rows[rows.push({ y, cells: [] }) - 1]!;
      row.cells.push({ x, end: x + item.width, str: item.str });
    }
    for (const { cells } of rows.sort((a, b) => b.y - a.y)) {
      cells.sort((a, b) => a.x - b.x);
      lines.push(cells.map((c, i) => (i > 0 && c.x - cells[i - 1]!.end > 2 ? ` | ${c.str}` : c.str)).join(""));
    }
  }
  await doc.destroy();
  return lines.map((l) => l.replace(/\u00a0|\u202f/g, " "));
}

const czk = (amountMinor: number) => ({ amountMinor, currency: "CZK" });
const mobile = { id: "s1", kind: "mobile", identifier: "+420 601 234 567", label: null };
const line = (id: string, over: Partial<CustomerBillDetail["lines"][number]>): CustomerBillDetail["lines"][number] => ({
  id,
  kind: "recurring",
  service: mobile,
  costCentreId: null,
  usageKind: null,
  zone: null,
  description: "Mobile M",
  quantity: null,
  startDate: null,
  endDate: null,
  amount: czk(0),
  ...over,
});
const bill: CustomerBillDetail = {
  id: "b1",
  billNo: "BA-100001/2026-10",
  billingAccount: { id: "a1", number: "BA-100001", name: "Main" },
  period: "2026-10",
  billingPeriod: { startDate: "2026-10-01", endDate: "2026-10-31" },
  billDate: "2026-11-01",
  paymentDueDate: "2026-11-15",
  lines: [
    line("u", { kind: "usage", usageKind: "voice", zone: "national", quantity: 2_880, startDate: "2026-10-01", amount: czk(9_633) }),
    line("r", { quantity: 31, startDate: "2026-10-01", endDate: "2026-11-01", amount: czk(49_900) }),
    line("t", { kind: "tax", service: null, description: "VAT", quantity: 2_100, amount: czk(12_502) }),
  ],
  taxExcludedAmount: czk(59_533),
  taxItem: [{ taxRateBp: 2_100, taxAmount: czk(12_502) }],
  taxIncludedAmount: czk(72_035),
  remainingAmount: czk(72_035),
  state: "issued",
  ratedUsage: [],
  partial: false,
  creditNotes: [],
};
const supplier: Party = { name: "My Operator a.s.", address: "Vinohradská 1, 130 00 Praha 3", companyId: "12345678", vatId: "CZ12345678" };
const customer: Party = { name: "Řehoř Novák s.r.o.", address: "Dlouhá 5, 110 00 Praha 1", companyId: "87654321", vatId: "CZ87654321" };

async function render(locale: AppLocale) {
  const [statements, bills] = catalogues[locale];
  const lines = lineTextsFor(locale, texts(locale, bills, "bills.detail"), texts(locale, bills, "bills.units"));
  const pdf = await renderBillPdf(bill, texts(locale, statements, "statements"), locale, { lines, supplier, customer });
  return pdfLines(pdf);
}
const money = (locale: string, minor: number) =>
  new Intl.NumberFormat(locale, { style: "currency", currency: "CZK" }).format(minor / 100).replace(/\u00a0|\u202f/g, " ");

const expected = {
  en: {
    usage: "Usage national · Mobile M | 48 min",
    fee: "Monthly fee: Mobile M | 31 days | Oct 1, 2026 – Oct 31, 2026",
    vat: "VAT at 21%",
    ids: ["Company ID: 12345678 | Company ID: 87654321", "VAT ID: CZ12345678 | VAT ID: CZ87654321"],
    supply: "Date of taxable supply | Oct 31, 2026",
    recap: ["VAT recapitulation", "21%", "Total"],
  },
  cs: {
    usage: "Provoz v ČR · Mobile M | 48 min",
    fee: "Měsíční poplatek: Mobile M | 31 dní | 1. 10. 2026 – 31. 10. 2026",
    vat: "DPH 21 %",
    ids: ["IČO: 12345678 | IČO: 87654321", "DIČ: CZ12345678 | DIČ: CZ87654321"],
    supply: "Datum zdanitelného plnění | 31. 10. 2026",
    recap: ["Rekapitulace DPH", "21 %", "Celkem"],
  },
  ru: {
    usage: "Трафик по стране · Mobile M | 48 мин",
    fee: "Абонентская плата: Mobile M | 31 день | 1 окт. 2026 г. – 31 окт. 2026 г.",
    vat: "НДС 21 %",
    ids: [
      "Рег. номер компании: 12345678 | Рег. номер компании: 87654321",
      "Номер плательщика НДС: CZ12345678 | Номер плательщика НДС: CZ87654321",
    ],
    supply: "Дата поставки | 31 окт. 2026 г.",
    recap: ["Сводка НДС", "21 %", "Итого"],
  },
  zh: {
    usage: "用量 国内 · Mobile M | 48 分钟",
    fee: "月费: Mobile M | 31 天 | 2026年10月1日 – 2026年10月31日",
    vat: "增值税 21%",
    ids: ["公司注册号: 12345678 | 公司注册号: 87654321", "增值税号: CZ12345678 | 增值税号: CZ87654321"],
    supply: "应税供应日期 | 2026年10月31日",
    recap: ["增值税汇总", "21%", "合计"],
  },
} as const;

describe("bill PDF as a tax document", () => {
  for (const locale of ["en", "cs", "ru", "zh"] as const) {
    it(`prints in ${locale} the lines as the bill page words them, both parties, the supply date and the VAT per rate`, async () => {
      const text = await render(locale);
      const x = expected[locale];
      const m = (minor: number) => money(locale, minor);
      expect(text).toContain(`${x.usage} | ${m(9_633)}`);
      expect(text).toContain(`${x.fee} | ${m(49_900)}`);
      expect(text.some((l) => l.startsWith(x.vat) && l.endsWith(m(12_502)))).toBe(true);
      expect(text).toContain("My Operator a.s. | Řehoř Novák s.r.o.");
      expect(text).toContain("Vinohradská 1, 130 00 Praha 3 | Dlouhá 5, 110 00 Praha 1");
      for (const ids of x.ids) expect(text).toContain(ids);
      expect(text).toContain(x.supply);
      const recap = text.indexOf(x.recap[0]);
      expect(recap).toBeGreaterThan(-1);
      expect(text.slice(recap)).toContain(`${x.recap[1]} | ${m(59_533)} | ${m(12_502)} | ${m(72_035)}`);
      expect(text.slice(recap)).toContain(`${x.recap[2]} | ${m(59_533)} | ${m(12_502)} | ${m(72_035)}`);
    }, 30_000);
  }

  it("leaves out what the customer record lacks", async () => {
    const [statements, bills] = catalogues.en;
    const lines = lineTextsFor("en", texts("en", bills, "bills.detail"), texts("en", bills, "bills.units"));
    const household: Party = { name: "Anna Nováková", address: null, companyId: null, vatId: null };
    const text = await pdfLines(
      await renderBillPdf(bill, texts("en", statements, "statements"), "en", { lines, supplier, customer: household }),
    );
    expect(text).toContain("My Operator a.s. | Anna Nováková");
    expect(text).toContain("Company ID: 12345678");
    expect(text).toContain("VAT ID: CZ12345678");
  }, 30_000);
});

describe("VAT recapitulation", () => {
  it("adds up to the bill's net, VAT and total exactly, whatever the rates", () => {
    const two = {
      ...bill,
      taxExcludedAmount: czk(100_001),
      taxItem: [
        { taxRateBp: 2_100, taxAmount: czk(14_700) },
        { taxRateBp: 1_200, taxAmount: czk(3_600) },
      ],
      taxIncludedAmount: czk(118_301),
    };
    const rows = vatRecap(two);
    expect(rows).toEqual([
      { rateBp: 2_100, baseMinor: 70_001, vatMinor: 14_700, totalMinor: 84_701 },
      { rateBp: 1_200, baseMinor: 30_000, vatMinor: 3_600, totalMinor: 33_600 },
    ]);
    expect(rows.reduce((s, r) => s + r.totalMinor, 0)).toBe(two.taxIncludedAmount.amountMinor);
    expect(vatRecap({ ...bill, taxItem: [], taxIncludedAmount: bill.taxExcludedAmount })).toEqual([
      { rateBp: 0, baseMinor: 59_533, vatMinor: 0, totalMinor: 59_533 },
    ]);
  });
});
