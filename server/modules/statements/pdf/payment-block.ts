// The bill PDF's payment details: label/value rows beside a Czech QR payment code.
import { ensureSpace, write, type Pdf } from "~/server/lib/pdf";
import { qrMatrix, qrRuns } from "~/server/lib/qr";
import { formatIban, type PaymentInstructions } from "../payment-instructions";
import type { Formats, Translate } from "./format";

export type PaymentLayout = { heading: string; rows: [string, string][]; hint: string; qrCaption: string; qrText: string };

/** Pure: what the block says; `t` reads the paymentInstructions texts. */
export function paymentLayout(pay: PaymentInstructions, t: Translate, f: Formats): PaymentLayout {
  return {
    heading: t("heading"),
    rows: [
      [t("account"), formatIban(pay.iban)],
      ...(pay.bic ? [[t("bic"), pay.bic] as [string, string]] : []),
      [t("variableSymbol"), pay.variableSymbol],
      [t("amount"), f.money(pay.amountMinor, pay.currency)],
      [t("currency"), pay.currency],
      [t("dueDate"), f.date(pay.dueDate)],
    ],
    hint: t("symbolHint"),
    qrCaption: t("qr"),
    qrText: pay.qrText,
  };
}

const QR_SIZE = 90;
const GAP = 16;

export function drawPaymentBlock(doc: Pdf, layout: PaymentLayout) {
  ensureSpace(doc, QR_SIZE + 80);
  const left = doc.page.margins.left;
  doc.moveDown(0.5);
  write(doc, layout.heading, { bold: true, size: 12, x: left });
  doc.moveDown(0.3);
  const top = doc.y;

  const matrix = qrMatrix(layout.qrText);
  const module = QR_SIZE / matrix.size;
  // Scanners want four blank modules around the code: the page margin is to its left, the gap to its right.
  const qrTop = top + 4 * module;
  doc.save().fillColor("#000000");
  for (const r of qrRuns(matrix)) doc.rect(left + r.x * module, qrTop + r.y * module, r.width * module, module);
  doc.fill().restore();
  write(doc, layout.qrCaption, { x: left, y: qrTop + QR_SIZE + 4 * module, width: QR_SIZE, align: "center", size: 8 });
  const qrBottom = doc.y;

  const x = left + QR_SIZE + GAP;
  const width = doc.page.width - doc.page.margins.right - x;
  doc.y = top;
  for (const [label, value] of layout.rows) {
    const y = doc.y;
    write(doc, label, { x, y, width: 130, size: 9, color: "#555555" });
    const after = doc.y;
    write(doc, value, { x: x + 136, y, width: width - 136, size: 9, bold: true });
    doc.y = Math.max(after, doc.y) + 2;
  }
  write(doc, layout.hint, { x, y: doc.y + 4, width, size: 8, color: "#555555" });
  doc.y = Math.max(doc.y, qrBottom);
  doc.x = left;
  doc.moveDown(0.5);
}
