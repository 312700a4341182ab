// The receipt of one card payment: what was paid, when, by which card, for which bill, and any refund.
import { createPdfDocument, drawHeader, drawParagraph, pdfToBuffer } from "~/server/lib/pdf";
import type { Translate } from "~/server/modules/statements/pdf/format";
import { cardBrandName, hasReceipt } from "./payment-rules";
import type { PaymentView } from "./payments.schemas";

/** The portal's wall-clock zone (app/_i18n/request.ts), so the receipt shows the time the customer saw. */
const ZONE = "Europe/Prague";

export async function renderReceiptPdf(p: PaymentView, t: Translate, locale: string, options: { compress?: boolean } = {}) {
  if (!hasReceipt(p)) throw new Error("a receipt is rendered only for a payment received");
  const money = (m: { amountMinor: number; currency: string }) =>
    new Intl.NumberFormat(locale, { style: "currency", currency: m.currency }).format(m.amountMinor / 100);
  const when = new Intl.DateTimeFormat(locale, { dateStyle: "long", timeStyle: "short", timeZone: ZONE }).format(p.paidAt);
  const title = t("receiptPdf.title");
  const doc = createPdfDocument({ title, compress: options.compress });
  const details: [string, string][] = [
    [t("receiptPdf.number"), p.id],
    [t("receiptPdf.paidAt"), when],
    [t("receiptPdf.bill"), p.bill.number],
    [t("receiptPdf.amount"), money(p.amount)],
  ];
  if (p.card) details.push([t("receiptPdf.method"), t("cardOf", { brand: cardBrandName(p.card.brand), last4: p.card.last4 })]);
  if (p.refunded.amountMinor > 0) details.push([t("receiptPdf.refunded"), money(p.refunded)]);
  drawHeader(doc, { operator: t("receiptPdf.operator"), title, details });
  doc.moveDown(1);
  drawParagraph(doc, t("receiptPdf.footer"), { size: 9, color: "#555555" });
  return pdfToBuffer(doc);
}
