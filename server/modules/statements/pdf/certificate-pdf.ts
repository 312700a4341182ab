// The one-page no-outstanding-debt certificate. Rendered only for an eligible account (the caller checks).
import { createPdfDocument, drawHeader, drawParagraph, pdfToBuffer } from "~/server/lib/pdf";
import type { CertificateView } from "../statements.schemas";
import { formatsFor, type Translate } from "./format";

export async function renderCertificatePdf(c: CertificateView, t: Translate, locale: string, options: { compress?: boolean } = {}) {
  if (!c.eligible || !c.verificationCode) throw new Error("a certificate is rendered only for an eligible account");
  const f = formatsFor(locale);
  const title = t("pdf.certificate.title");
  const doc = createPdfDocument({ title, compress: options.compress });
  drawHeader(doc, {
    operator: t("pdf.operator"),
    title,
    details: [
      [t("pdf.certificate.customer"), c.billingAccount.customerName],
      [t("pdf.certificate.account"), `${c.billingAccount.number} · ${c.billingAccount.name}`],
      [t("pdf.certificate.asOf"), f.date(c.asOf)],
    ],
  });
  drawParagraph(
    doc,
    t("pdf.certificate.body", {
      asOf: f.date(c.asOf),
      number: c.billingAccount.number,
      customer: c.billingAccount.customerName,
      balance: f.money(c.balance.amountMinor, c.balance.currency),
    }),
    { size: 11 },
  );
  doc.moveDown(1);
  drawParagraph(doc, `${t("pdf.certificate.code")}: ${c.verificationCode}`, { bold: true, size: 12 });
  drawParagraph(doc, t("pdf.certificate.codeHint"), { size: 9, color: "#555555" });
  return pdfToBuffer(doc);
}
