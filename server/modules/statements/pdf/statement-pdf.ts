// An account statement as a PDF: the same table as the page, opening and closing balance included.
import type { AccountStatement } from "~/server/gateways/billing/billing-gateway";
import { createPdfDocument, drawFooters, drawHeader, drawTable, pdfToBuffer, type PdfRow } from "~/server/lib/pdf";
import { formatsFor, type Translate } from "./format";

/** `t` reads the `statements` namespace: the page's table texts and the `pdf` texts. */
export function statementRows(s: AccountStatement, t: Translate, locale: string): PdfRow[] {
  const f = formatsFor(locale);
  const money = (minor: number) => f.money(minor, s.billingAccount.currency);
  return [
    { cells: [f.date(s.from), t("statement.opening"), "", "", money(s.openingBalance.amountMinor)], bold: true },
    ...s.entries.map((e) => ({
      cells: [f.date(e.date), t(`statement.kinds.${e.kind}`), e.reference, money(e.amount.amountMinor), money(e.balance.amountMinor)],
    })),
    { cells: [f.date(s.to), t("statement.closing"), "", "", money(s.closingBalance.amountMinor)], bold: true },
  ];
}

export function renderStatementPdf(s: AccountStatement, t: Translate, locale: string, asOf: string, options: { compress?: boolean } = {}) {
  const f = formatsFor(locale);
  const title = t("pdf.statement.title");
  const doc = createPdfDocument({ title, compress: options.compress });
  drawHeader(doc, {
    operator: t("pdf.operator"),
    title,
    details: [
      [t("pdf.statement.holder"), s.billingAccount.customerName],
      [t("pdf.statement.account"), `${s.billingAccount.number} · ${s.billingAccount.name}`],
      [t("pdf.statement.period"), `${f.date(s.from)} – ${f.date(s.to)}`],
      [t("pdf.statement.generated"), f.date(asOf)],
    ],
  });
  drawTable(
    doc,
    [
      { header: t("statement.date"), width: 2 },
      { header: t("statement.kind"), width: 2.5 },
      { header: t("statement.reference"), width: 3 },
      { header: t("statement.amount"), width: 2, align: "right" },
      { header: t("statement.balance"), width: 2, align: "right" },
    ],
    statementRows(s, t, locale),
  );
  drawFooters(doc, (page, count) => `${s.billingAccount.number} · ${t("pdf.pageOf", { page, count })}`);
  return pdfToBuffer(doc);
}
