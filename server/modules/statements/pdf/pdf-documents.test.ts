import { createTranslator } from "use-intl/core";
import { describe, expect, it } from "vitest";
import { statements as cs } from "~/app/_i18n/messages/statements/cs";
import { statements as en } from "~/app/_i18n/messages/statements/en";
import { statements as zh } from "~/app/_i18n/messages/statements/zh";
import type { CustomerBillDetail } from "~/server/gateways/billing/billing-gateway";
import type { AccountStatement } from "~/server/gateways/billing/billing-gateway";
import type { AppLocale } from "~/server/lib/locales";
import { billLayout, renderBillPdf } from "./bill-pdf";
import { renderCertificatePdf } from "./certificate-pdf";
import { formatsFor, type Translate } from "./format";
import { renderStatementPdf, statementRows } from "./statement-pdf";

const translator = (locale: AppLocale, messages: typeof en): Translate => {
  const t = createTranslator({ locale, messages: { statements: messages }, namespace: "statements" });
  return (key, values) => (t as unknown as Translate)(key, values);
};
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
    const layout = billLayout(bill(3), translator("cs", cs), formatsFor("cs"));
    expect(layout.title).toBe("Vyúčtování BA-100001/2026-10");
    expect(layout.sections.map((s) => s.heading)).toEqual(["Telefon Řehoř · +420 601 234 567", "Poplatky účtu a daně", "Dobropisy"]);
    const service = layout.sections[0]!;
    expect(service.rows).toHaveLength(4);
    expect(service.rows.at(-1)).toEqual({ cells: ["Celkem bez DPH", "", "", "3,00\u00a0€"], bold: true });
    expect(service.rows[0]!.cells).toEqual(["Hovory 0", "1. 10. 2026 – 31. 10. 2026", "", "1,00\u00a0€"]);
    expect(layout.sections[1]!.rows[0]!.cells).toEqual(["DPH", "", "21\u00a0%", "0,63\u00a0€"]);
    expect(layout.summary.at(-1)).toEqual({ cells: ["K úhradě", "-1,37\u00a0€"], bold: true });
    expect(layout.sections[2]!.rows[0]!.cells).toEqual(["BA-100001/2026-10/CN1", "SLA credit", "5. 11. 2026", "-5,00\u00a0€"]);
  });

  it("renders a PDF with the embedded font and more than one page when the lines are many", async () => {
    const short = await renderBillPdf(bill(3), translator("en", en), "en", { compress: false });
    expect(short.subarray(0, 5).toString()).toBe("%PDF-");
    expect(pageCount(short)).toBe(1);
    const long = await renderBillPdf(bill(120), translator("zh", zh), "zh", { compress: false });
    expect(pageCount(long)).toBeGreaterThan(1);
    expect(long.toString("latin1")).toContain("/BaseFont /");
    expect(long.toString("latin1")).toContain("NotoSansSC-Bold");
  });
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
