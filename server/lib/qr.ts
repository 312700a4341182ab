// QR codes drawn by our own renderers (an inline SVG on the page, rectangles in a PDF) from one module matrix.
import QRCode from "qrcode";

export type QrMatrix = { size: number; dark: (x: number, y: number) => boolean };

/** Level M, as the Czech QR payment standard recommends: readable with some damage, still a small code. */
export function qrMatrix(text: string): QrMatrix {
  const { modules } = QRCode.create(text, { errorCorrectionLevel: "M" });
  return { size: modules.size, dark: (x, y) => Boolean(modules.get(y, x)) };
}

/** Dark modules as horizontal runs, one rectangle each, in module units: fewer shapes than one per module. */
export function qrRuns(matrix: QrMatrix): { x: number; y: number; width: number }[] {
  const runs: { x: number; y: number; width: number }[] = [];
  for (let y = 0; y < matrix.size; y++) {
    for (let x = 0; x < matrix.size; x++) {
      if (!matrix.dark(x, y)) continue;
      const start = x;
      while (x + 1 < matrix.size && matrix.dark(x + 1, y)) x++;
      runs.push({ x: start, y, width: x - start + 1 });
    }
  }
  return runs;
}

/** The runs as SVG path data, for a viewBox of the matrix size. */
export const qrSvgPath = (matrix: QrMatrix) =>
  qrRuns(matrix)
    .map((r) => `M${r.x} ${r.y}h${r.width}v1h-${r.width}z`)
    .join("");
