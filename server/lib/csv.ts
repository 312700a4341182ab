// CSV for spreadsheets, one set of options for every export.
import type { Options } from "csv-stringify";
import { stringify } from "csv-stringify/sync";

/**
 * The BOM makes Excel read the file as UTF-8 (Czech, Russian and Chinese survive); rows end in CRLF; a text cell that
 * starts with = + - @ (a name, a note, a destination someone typed) gets a leading ' so a spreadsheet shows it instead
 * of running it as a formula. Numbers stay numbers: pass amounts as numbers, not as formatted text.
 */
export const spreadsheetCsv = { bom: true, record_delimiter: "windows", escape_formulas: true } as const satisfies Options;

/** A CSV download streamed a page of rows at a time (the header first, with the BOM); nothing is held whole. */
export function csvDownload(header: string[], pages: AsyncIterator<(string | number)[][]>, filename: string): Response {
  const encoder = new TextEncoder();
  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(encoder.encode(stringify([header], spreadsheetCsv)));
    },
    async pull(controller) {
      const next = await pages.next();
      if (next.done) return controller.close();
      controller.enqueue(encoder.encode(stringify(next.value, { ...spreadsheetCsv, bom: false })));
    },
  });
  return new Response(body, {
    headers: {
      "content-type": "text/csv; charset=utf-8",
      "content-disposition": `attachment; filename="${filename}"`,
      "cache-control": "private, no-store",
    },
  });
}

/** The same pages with each item made a row. */
export async function* rowsOf<T>(pages: AsyncIterable<T[]>, row: (item: T) => (string | number)[]) {
  for await (const page of pages) yield page.map(row);
}
