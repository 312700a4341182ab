// A bill as a PDF: header, summary, a table per service, the account-level lines and the credit notes.
import type { CreditNoteView, CustomerBillDetail as GatewayBill } from "~/server/gateways/billing/billing-gateway";
import {
  createPdfDocument,
  drawFooters,
  drawHeader,
  drawHeading,
  drawParagraph,
  drawTable,
  pdfToBuffer,
  type PdfColumn,
  type PdfRow,
} from "~/server/lib/pdf";
import { byLineKind, lineText, type LineTexts } from "~/server/modules/bills/line-format";
import { paymentInstructionsOf, type Payee } from "../payment-instructions";
import { formatsFor, type Formats, type Translate } from "./format";
import { drawPaymentBlock, paymentLayout } from "./payment-block";
import { partiesLayout, taxableSupplyDate, vatRecapLayout, type PartiesLayout, type Party, type VatRecapLayout } from "./tax-document";

/** The bill as bills.get shows it: credit notes without the billing system's references. */
type CustomerBillDetail = Omit<GatewayBill, "creditNotes"> & { creditNotes: Omit<CreditNoteView, "billId" | "reference">[] };

export type BillSection = { heading: string; columns: PdfColumn[]; rows: PdfRow[] };

export type BillLayout = {
  title: string;
  supplier: string;
  parties: PartiesLayout;
  details: [string, string][];
  summary: PdfRow[];
  vatRecap: VatRecapLayout;
  sections: BillSection[];
  note: string | null;
};

/** What the bill says beside its own data: the lines as the bill page words them, and who supplies whom. */
export type BillDocumentTexts = { lines: LineTexts; supplier: Party; customer: Party };

/** Pure: what the bill's PDF says, as rows of formatted text. */
export function billLayout(bill: CustomerBillDetail, t: Translate, f: Formats, doc: BillDocumentTexts): BillLayout {
  const money = (minor: number) => f.money(minor, bill.taxIncludedAmount.currency);
  const lineColumns: PdfColumn[] = [
    { header: t("pdf.bill.description"), width: 4.4 },
    { header: t("pdf.bill.quantity"), width: 1.6, align: "right" },
    { header: t("pdf.bill.dates"), width: 4 },
    { header: t("pdf.bill.amount"), width: 2, align: "right" },
  ];
  const row = (l: CustomerBillDetail["lines"][number]): PdfRow => {
    const text = lineText(l, doc.lines);
    return { cells: [text.description, text.quantity, text.dates, money(l.amount.amountMinor)] };
  };
  const rows = (lines: CustomerBillDetail["lines"]) => [...lines].sort(byLineKind).map(row);
  const total = (lines: CustomerBillDetail["lines"]): PdfRow => ({
    cells: [t("pdf.bill.net"), "", "", money(lines.reduce((s, l) => s + l.amount.amountMinor, 0))],
    bold: true,
  });

  const byService = new Map<string, { heading: string; lines: CustomerBillDetail["lines"] }>();
  for (const l of bill.lines) {
    if (!l.service) continue;
    const s = byService.get(l.service.id) ?? { heading: [l.service.label, l.service.identifier].filter(Boolean).join(" · "), lines: [] };
    s.lines.push(l);
    byService.set(l.service.id, s);
  }
  const sections: BillSection[] = [...byService.values()].map((s) => ({
    heading: s.heading,
    columns: lineColumns,
    rows: [...rows(s.lines), total(s.lines)],
  }));
  const accountLines = bill.lines.filter((l) => !l.service);
  if (accountLines.length) sections.push({ heading: t("pdf.bill.accountLines"), columns: lineColumns, rows: rows(accountLines) });
  if (bill.creditNotes.length) {
    sections.push({
      heading: t("pdf.bill.creditNotes"),
      columns: [
        { header: t("pdf.bill.creditNote"), width: 3 },
        { header: t("pdf.bill.reason"), width: 5 },
        { header: t("pdf.bill.issuedOn"), width: 2 },
        { header: t("pdf.bill.amount"), width: 2, align: "right" },
      ],
      rows: bill.creditNotes.map((n) => ({
        cells: [n.number, n.reason, f.date(n.issuedAt.toISOString()), money(-n.taxIncludedAmount.amountMinor)],
      })),
    });
  }

  const summary: PdfRow[] = [
    { cells: [t("pdf.bill.net"), money(bill.taxExcludedAmount.amountMinor)] },
    ...bill.taxItem.map((x) => ({ cells: [t("pdf.bill.vat", { rate: f.percent(x.taxRateBp) }), money(x.taxAmount.amountMinor)] })),
    { cells: [t("pdf.bill.total"), money(bill.taxIncludedAmount.amountMinor)], bold: true },
    ...bill.creditNotes.map((n) => ({ cells: [`${t("pdf.bill.creditNote")} ${n.number}`, money(-n.taxIncludedAmount.amountMinor)] })),
    { cells: [t("pdf.bill.amountDue"), money(bill.remainingAmount.amountMinor)], bold: true },
  ];
  return {
    title: t("pdf.bill.title", { number: bill.billNo }),
    supplier: doc.supplier.name,
    parties: partiesLayout(doc.supplier, doc.customer, t),
    details: [
      [t("pdf.bill.number"), bill.billNo],
      [t("pdf.bill.account"), `${bill.billingAccount.number} · ${bill.billingAccount.name}`],
      [t("pdf.bill.period"), `${f.date(bill.billingPeriod.startDate)} – ${f.date(bill.billingPeriod.endDate)}`],
      [t("pdf.bill.issued"), f.date(bill.billDate)],
      [t("pdf.bill.supplyDate"), f.date(taxableSupplyDate(bill))],
      [t("pdf.bill.due"), f.date(bill.paymentDueDate)],
    ],
    summary,
    vatRecap: vatRecapLayout(bill, t, f),
    sections,
    note: bill.partial ? t("pdf.bill.partial") : null,
  };
}

export function renderBillPdf(
  bill: CustomerBillDetail,
  t: Translate,
  locale: string,
  texts: BillDocumentTexts,
  options: { compress?: boolean; payment?: { payee: Payee; t: Translate } } = {},
): Promise<Buffer> {
  const f = formatsFor(locale);
  const layout = billLayout(bill, t, f, texts);
  const doc = createPdfDocument({ title: layout.title, compress: options.compress });
  drawHeader(doc, { operator: layout.supplier, title: layout.title, details: layout.details });
  drawTable(doc, layout.parties.columns, layout.parties.rows);
  drawHeading(doc, t("pdf.bill.summary"));
  drawTable(
    doc,
    [
      { header: t("pdf.bill.description"), width: 3 },
      { header: t("pdf.bill.amount"), width: 1, align: "right" },
    ],
    layout.summary,
  );
  if (layout.note) drawParagraph(doc, layout.note, { size: 9 });
  drawHeading(doc, t("pdf.bill.vatRecap"));
  drawTable(doc, layout.vatRecap.columns, layout.vatRecap.rows);
  // After the summary, as on the bill page; `payment.t` reads the paymentInstructions texts.
  const pay = options.payment && paymentInstructionsOf(bill, options.payment.payee);
  if (pay && options.payment) drawPaymentBlock(doc, paymentLayout(pay, options.payment.t, f));
  for (const s of layout.sections) {
    drawHeading(doc, s.heading);
    drawTable(doc, s.columns, s.rows);
  }
  drawFooters(doc, (page, count) => `${layout.title} · ${t("pdf.pageOf", { page, count })}`);
  return pdfToBuffer(doc);
}
