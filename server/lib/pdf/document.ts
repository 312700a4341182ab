// A small PDF toolkit over pdfkit for the portal's documents (bills, statements, certificates, reports):
// A4 pages, one font stack that draws Czech, Cyrillic and Chinese, a header, tables that break across
// pages, and page-numbered footers. Build a document with these helpers, then `pdfToBuffer(doc)`.
import PDFDocument from "pdfkit";
import { fit, fontStack } from "./fonts";

export type Pdf = PDFKit.PDFDocument;
export type TextOptions = {
  bold?: boolean;
  /** points; default 10 */
  size?: number;
  color?: string;
  x?: number;
  y?: number;
  width?: number;
  align?: "left" | "right" | "center";
};

const INK = "#111111";
const MUTED = "#555555";
const RULE = "#cccccc";
const FOOTER_SPACE = 28;

/** An A4 document with the fonts registered; `compress: false` keeps content streams readable (tests). */
export function createPdfDocument(options: { title?: string; compress?: boolean } = {}): Pdf {
  const doc = new PDFDocument({
    size: "A4",
    margins: { top: 48, left: 48, right: 48, bottom: 48 + FOOTER_SPACE },
    bufferPages: true, // footers need the page count, known only at the end
    compress: options.compress ?? true,
    // null: pdfkit would otherwise load its built-in Helvetica, which has no Czech, Cyrillic or Chinese.
    font: null as unknown as string,
    info: { Title: options.title ?? "", Creator: "Self-care portal" },
  });
  const fonts = fontStack();
  for (const face of [...fonts.regular, ...fonts.bold]) doc.registerFont(face.name, face.data);
  doc.font(fonts.regular[0]!.name).fontSize(10).fillColor(INK);
  return doc;
}

function useFont(doc: Pdf, text: string, o: TextOptions) {
  const { face, text: drawable } = fit(fontStack()[o.bold ? "bold" : "regular"], text);
  doc
    .font(face.name)
    .fontSize(o.size ?? 10)
    .fillColor(o.color ?? INK);
  return drawable;
}

/** Writes text in the face that can draw it; at (x, y) when given, else where the last text ended. */
export function write(doc: Pdf, text: string, o: TextOptions = {}) {
  const drawable = useFont(doc, text, o);
  const opts = { width: o.width, align: o.align };
  if (o.x !== undefined || o.y !== undefined) doc.text(drawable, o.x ?? doc.x, o.y ?? doc.y, opts);
  else doc.text(drawable, opts);
}

/** Height the text would take in a box of `width`. */
export function measure(doc: Pdf, text: string, o: TextOptions & { width: number }) {
  const drawable = useFont(doc, text, o);
  return doc.heightOfString(drawable, { width: o.width, align: o.align });
}

const contentWidth = (doc: Pdf) => doc.page.width - doc.page.margins.left - doc.page.margins.right;
const bottom = (doc: Pdf) => doc.page.height - doc.page.margins.bottom;

/** Starts a new page when less than `height` is left on this one. */
export function ensureSpace(doc: Pdf, height: number) {
  if (doc.y + height > bottom(doc)) doc.addPage();
}

/** The operator's name, the document's title and label/value pairs (number, account, dates). */
export function drawHeader(doc: Pdf, header: { operator: string; title: string; details: [label: string, value: string][] }) {
  const left = doc.page.margins.left;
  write(doc, header.operator, { bold: true, size: 16, x: left, y: doc.page.margins.top });
  write(doc, header.title, { bold: true, size: 13, x: left });
  doc.moveDown(0.5);
  const labelWidth = 150;
  for (const [label, value] of header.details) {
    const y = doc.y;
    write(doc, label, { x: left, y, width: labelWidth - 8, color: MUTED });
    const after = doc.y;
    write(doc, value, { x: left + labelWidth, y, width: contentWidth(doc) - labelWidth });
    doc.y = Math.max(after, doc.y);
  }
  doc.moveDown(1);
  doc.x = left;
}

/** A section title, kept on the same page as at least a few lines of what follows. */
export function drawHeading(doc: Pdf, text: string) {
  ensureSpace(doc, 60);
  doc.moveDown(0.5);
  write(doc, text, { bold: true, size: 12, x: doc.page.margins.left });
  doc.moveDown(0.3);
}

/** A paragraph across the content width. */
export function drawParagraph(doc: Pdf, text: string, o: Omit<TextOptions, "x" | "y" | "width"> = {}) {
  write(doc, text, { ...o, x: doc.page.margins.left, width: contentWidth(doc) });
  doc.moveDown(0.5);
}

export type PdfColumn = {
  header: string;
  /** share of the content width, relative to the other columns */
  width: number;
  /** money and quantities: right */
  align?: "left" | "right";
};
export type PdfRow = { cells: string[]; bold?: boolean };

const PAD = 4;

/** A table across the content width; a row that does not fit starts a new page, which repeats the headers. */
export function drawTable(doc: Pdf, columns: PdfColumn[], rows: PdfRow[]) {
  const left = doc.page.margins.left;
  const total = columns.reduce((s, c) => s + c.width, 0);
  const widths = columns.map((c) => (c.width / total) * contentWidth(doc));
  const xs = widths.map((_, i) => left + widths.slice(0, i).reduce((s, w) => s + w, 0));
  const rowHeight = (row: PdfRow) =>
    Math.max(...row.cells.map((cell, i) => measure(doc, cell, { width: widths[i]! - 2 * PAD, bold: row.bold, size: 9 }))) + 2 * PAD;
  const drawRow = (row: PdfRow, height: number, color = INK) => {
    const y = doc.y;
    row.cells.forEach((cell, i) =>
      write(doc, cell, {
        x: xs[i]! + PAD,
        y: y + PAD,
        width: widths[i]! - 2 * PAD,
        align: columns[i]!.align ?? "left",
        bold: row.bold,
        size: 9,
        color,
      }),
    );
    doc
      .moveTo(left, y + height)
      .lineTo(left + contentWidth(doc), y + height)
      .lineWidth(0.5)
      .strokeColor(RULE)
      .stroke();
    doc.y = y + height;
  };
  const head: PdfRow = { cells: columns.map((c) => c.header), bold: true };
  const drawHead = () => drawRow(head, rowHeight(head), MUTED);

  ensureSpace(doc, rowHeight(head) + (rows[0] ? rowHeight(rows[0]) : 0));
  drawHead();
  for (const row of rows) {
    const height = rowHeight(row);
    if (doc.y + height > bottom(doc)) {
      doc.addPage();
      drawHead();
    }
    drawRow(row, height);
  }
  doc.x = left;
  doc.moveDown(0.5);
}

/** Writes a footer on every page, e.g. `(page, count) => t("pageOf", { page, count })`. Call once, at the end. */
export function drawFooters(doc: Pdf, text: (page: number, count: number) => string) {
  const { start, count } = doc.bufferedPageRange();
  for (let i = start; i < start + count; i++) {
    doc.switchToPage(i);
    const margin = doc.page.margins.bottom;
    doc.page.margins.bottom = 0; // writing inside the bottom margin must not start a new page
    write(doc, text(i - start + 1, count), {
      x: doc.page.margins.left,
      y: doc.page.height - margin + FOOTER_SPACE / 2,
      width: contentWidth(doc),
      align: "center",
      size: 8,
      color: MUTED,
    });
    doc.page.margins.bottom = margin;
  }
}

/** Ends the document and collects it. */
export function pdfToBuffer(doc: Pdf): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    doc.on("data", (chunk: Buffer) => chunks.push(chunk));
    doc.on("end", () => resolve(Buffer.concat(chunks)));
    doc.on("error", reject);
    doc.end();
  });
}

/** A finished PDF as a download. The name is reduced to safe characters. */
export function pdfResponse(pdf: Buffer, filename: string): Response {
  const safe = filename.replace(/[^A-Za-z0-9._-]+/g, "-").replace(/^-+|-+$/g, "") || "document.pdf";
  return new Response(new Uint8Array(pdf), {
    headers: {
      "Content-Type": "application/pdf",
      "Content-Disposition": `attachment; filename="${safe}"`,
      "Content-Length": String(pdf.length),
      "Cache-Control": "private, no-store",
    },
  });
}
