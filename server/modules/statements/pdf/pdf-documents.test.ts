import jsQR from "jsqr";
import { createTranslator } from "use-intl/core";
import { describe, expect, it } from "vitest";
import { paymentInstructions as paymentCs } from "~/app/_i18n/messages/paymentInstructions/cs";
import { paymentInstructions as paymentEn } from "~/app/_i18n/messages/paymentInstructions/en";
import { statements as cs } from "~/app/_i18n/messages/statements/cs";
import { statements as en } from "~/app/_i18n/messages/statements/en";
import { statements as zh } from "~/app/_i18n/messages/statements/zh";
import { bills as billsCs } from "~/app/_i18n/messages/bills/cs";
import type { CustomerBillDetail } from "~/server/gateways/billing/billing-gateway";
import type { AccountStatement } from "~/server/gateways/billing/billing-gateway";
import type { AppLocale } from "~/server/lib/locales";
import { paymentInstructionsOf } from "../payment-instructions";
import { billLayout, renderBillPdf } from "./bill-pdf";
import { renderCertificatePdf } from "./certificate-pdf";
import { formatsFor, lineTextsFor, type Translate } from "./format";
import { paymentLayout } from "./payment-block";
import { renderStatementPdf, statementRows } from "./statement-pdf";

const translator = (locale: AppLocale, messages: typeof en): Translate => {
  const t = createTranslator({ locale, messages: { statements: messages }, namespace: "statements" });
  return (key, values) => (t as unknown as Translate)(key, values);
};
const paymentTexts = (locale: AppLocale, messages: typeof paymentEn): Translate => {
  const t = createTranslator({ locale, messages: { paymentInstructions: messages }, namespace: "paymentInstructions" });
  return (key, values) => (t as unknown as Translate)(key, values);
};
const billTexts = (key: string): Translate => {
  const t = createTranslator({ locale: "cs", messages: { bills: billsCs }, namespace: `bills.${key}` as "bills.detail" });
  return (k, values) => (t as unknown as Translate)(k, values);
};
const party = { name: "Operátor a.s.", address: null, companyId: "12345678", vatId: null };
const documentTexts = { lines: lineTextsFor("cs", billTexts("detail"), billTexts("units")), supplier: party, customer: party };
const payee = { iban: "CZ6508000000192000145399", bic: "GIBACZPX" };
/** The page's filled rectangles (only the QR code draws any) rasterised at 3 px per point, then scanned. */
function qrInPdf(pdf: Buffer): string | undefined {
  const rects = [...pdf.toString("latin1").matchAll(/([\d.]+) ([\d.]+) ([\d.]+) ([\d.]+) re\n/g)].map((m) => m.slice(1, 5).map(Number));
  const [width, height, scale] = [600, 850, 3];
  const pixels = new Uint8ClampedArray(width * scale * height * scale * 4).fill(255);
  for (const [x, y, w, h] of rects as [number, number, number, number][])
    for (let py = Math.round(y * scale); py < Math.round((y + h) * scale); py++)
      pixels.fill(0, (py * width * scale + Math.round(x * scale)) * 4, (py * width * scale + Math.round((x + w) * scale)) * 4);
  return jsQR(pixels, width * scale, height * scale)?.data;
}
const pageCount = (pdf: Buffer) => Number(/\/Type \/Pages\s+\/Count (\d+)/.exec(pdf.toString("latin1"))?.[1]);
const eur = (amountMinor: number) => ({ amountMinor, currency: "EUR" });

function bill(lineCount: number): CustomerBillDetail {
  const mobile = { id: "s1", kind: "mobile", identifier: "+420 601 234 567", label: "Telefon Řehoř" };
  const lines = Array.from({ length: lineCount }, (_, i) => ({
    id: String(i),
    kind: "usage" as const,
    service: mobile,
    costCentreId: null,
    usageKind: "voice" as const,
    zone: "national" as const,
    description: `Hovory ${i}`,
    quantity: 60,
    startDate: "2026-10-01",
    endDate: "2026-11-01",
    amount: eur(100),
  }));
  lines.push({
    id: "tax",
    kind: "tax" as never,
    service: null as never,
    costCentreId: null,
    usageKind: null as never,
    zone: null as never,
    description: "VAT",
    quantity: 2100,
    startDate: null as never,
    endDate: null as never,
    amount: eur(21 * lineCount),
  });
  return {
    id: "b1",
    billNo: "BA-100001/2026-10",
    billingAccount: { id: "a1", number: "BA-100001", name: "Anna Nováková" },
    period: "2026-10",
    billingPeriod: { startDate: "2026-10-01", endDate: "2026-10-31" },
    billDate: "2026-11-01",
    paymentDueDate: "2026-11-15",
    taxExcludedAmount: eur(100 * lineCount),
    taxIncludedAmount: eur(121 * lineCount),
    taxItem: [{ taxRateBp: 2100, taxAmount: eur(21 * lineCount) }],
    remainingAmount: eur(121 * lineCount - 500),
    state: "partially_paid",
    lines,
    ratedUsage: [],
    partial: false,
    creditNotes: [
      {
        id: "n1",
        number: "BA-100001/2026-10/CN1",
        billId: "b1",
        reference: "sla:t1",
        reason: "SLA credit",
        issuedAt: new Date("2026-11-05T10:00:00Z"),
        taxIncludedAmount: eur(500),
      },
    ],
  };
}

describe("bill PDF", () => {
  it("lays out a section per service with its total, the account lines and the credit notes, in the viewer's money format", () => {
    const layout = billLayout(bill(3), translator("cs", cs), formatsFor("cs"), documentTexts);
    expect(layout.title).toBe("Vyúčtování BA-100001/2026-10");
    expect(layout.sections.map((s) => s.heading)).toEqual(["Telefon Řehoř · +420 601 234 567", "Poplatky účtu a daně", "Dobropisy"]);
    const service = layout.sections[0]!;
    expect(service.rows).toHaveLength(4);
    expect(service.rows.at(-1)).toEqual({ cells: ["Celkem bez DPH", "", "", "3,00\u00a0€"], bold: true });
    expect(service.rows[0]!.cells).toEqual(["Provoz v ČR · Hovory 0", "1 min", "", "1,00\u00a0€"]);
    expect(layout.sections[1]!.rows[0]!.cells).toEqual(["DPH 21\u00a0%", "", "", "0,63\u00a0€"]);
    expect(layout.summary.at(-1)).toEqual({ cells: ["K úhradě", "-1,37\u00a0€"], bold: true });
    expect(layout.sections[2]!.rows[0]!.cells).toEqual(["BA-100001/2026-10/CN1", "SLA credit", "5. 11. 2026", "-5,00\u00a0€"]);
  });

  it("renders a PDF with the embedded font and more than one page when the lines are many", async () => {
    const short = await renderBillPdf({ ...bill(1), creditNotes: [] }, translator("en", en), "en", documentTexts, { compress: false });
    expect(short.subarray(0, 5).toString()).toBe("%PDF-");
    expect(pageCount(short)).toBe(1);
    const long = await renderBillPdf(bill(120), translator("zh", zh), "zh", documentTexts, { compress: false });
    expect(pageCount(long)).toBeGreaterThan(1);
    expect(long.toString("latin1")).toContain("/BaseFont /");
    expect(long.toString("latin1")).toContain("NotoSansSC-Bold");
  }, 30_000); // a 120-line bill in embedded fonts: seconds on a busy machine
});

describe("bill PDF payment details", () => {
  it("gives the account, the variable symbol and the amount due in the viewer's language", () => {
    const pay = paymentInstructionsOf(bill(10), payee)!;
    const layout = paymentLayout(pay, paymentTexts("cs", paymentCs), formatsFor("cs"));
    expect(layout.heading).toBe("Platební údaje");
    expect(layout.rows).toEqual([
      ["Číslo účtu (IBAN)", "CZ65 0800 0000 1920 0014 5399"],
      ["BIC (SWIFT)", "GIBACZPX"],
      ["Variabilní symbol", "1000012610"],
      ["Částka k úhradě", "7,10\u00a0€"],
      ["Měna", "EUR"],
      ["Splatnost", "15. 11. 2026"],
    ]);
    expect(layout.qrText).toBe(
      "SPD*1.0*ACC:CZ6508000000192000145399+GIBACZPX*AM:7.10*CC:EUR*X-VS:1000012610*DT:20261115*MSG:BA-100001/2026-10",
    );
  });

  it("draws a QR code a scanner reads as the bill's payment, only when something is left to pay", async () => {
    const payment = { payee, t: paymentTexts("en", paymentEn) };
    const owing = await renderBillPdf(bill(10), translator("en", en), "en", documentTexts, { compress: false, payment });
    expect(qrInPdf(owing)).toBe(paymentInstructionsOf(bill(10), payee)!.qrText);
    const paid = await renderBillPdf({ ...bill(10), remainingAmount: eur(0) }, translator("en", en), "en", documentTexts, {
      compress: false,
      payment,
    });
    expect(qrInPdf(paid)).toBeUndefined();
  }, 30_000);
});

describe("statement and certificate PDFs", () => {
  const statement: AccountStatement = {
    billingAccount: { id: "a1", number: "BA-100001", name: "Main", currency: "CZK", customerName: "Anna Nováková" },
    from: "2026-09-01",
    to: "2026-10-31",
    openingBalance: { amountMinor: 0, currency: "CZK" },
    entries: [
      {
        date: "2026-09-01",
        kind: "bill",
        reference: "BA-100001/2026-08",
        billNo: "BA-100001/2026-08",
        amount: { amountMinor: 50000, currency: "CZK" },
        balance: { amountMinor: 50000, currency: "CZK" },
      },
      {
        date: "2026-09-10",
        kind: "payment",
        reference: "pay-1",
        billNo: "BA-100001/2026-08",
        amount: { amountMinor: -50000, currency: "CZK" },
        balance: { amountMinor: 0, currency: "CZK" },
      },
    ],
    closingBalance: { amountMinor: 0, currency: "CZK" },
  };

  it("lists the opening balance, each entry with its running balance, and the closing balance", () => {
    const rows = statementRows(statement, translator("en", en), "en");
    expect(rows.map((r) => r.cells[1])).toEqual(["Opening balance", "Bill issued", "Payment", "Closing balance"]);
    expect(rows[2]!.cells[4]).toBe("CZK\u00a00.00");
  });

  it("renders the statement and the certificate with its verification code", async () => {
    const pdf = await renderStatementPdf(statement, translator("cs", cs), "cs", "2026-11-23");
    expect(pdf.subarray(0, 5).toString()).toBe("%PDF-");
    const certificate = {
      eligible: true,
      reason: null,
      asOf: "2026-11-23",
      balance: { amountMinor: 0, currency: "CZK" },
      billingAccount: { id: "a1", number: "BA-100001", name: "Main", customerName: "Anna Nováková" },
      verificationCode: "ABCD-EF01-2345-6789",
    };
    const cert = await renderCertificatePdf(certificate, translator("en", en), "en", { compress: false });
    expect(pageCount(cert)).toBe(1);
    await expect(
      renderCertificatePdf(
        { ...certificate, eligible: false, reason: "balance" as const, verificationCode: null },
        translator("en", en),
        "en",
      ),
    ).rejects.toThrow();
  });
});
