export {
  createPdfDocument,
  drawFooters,
  drawHeader,
  drawHeading,
  drawParagraph,
  drawTable,
  ensureSpace,
  measure,
  pdfResponse,
  pdfToBuffer,
  write,
} from "./document";
export type { Pdf, PdfColumn, PdfRow, TextOptions } from "./document";
export { fontFiles, fontStack, fit } from "./fonts";
