// The part of fontkit (a pdfkit dependency without published types) that the PDF toolkit reads.
declare module "fontkit" {
  export interface Font {
    postscriptName: string;
    hasGlyphForCodePoint(codePoint: number): boolean;
  }
  export function create(buffer: Buffer): Font;
}
