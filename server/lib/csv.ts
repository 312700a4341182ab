// CSV for spreadsheets, one set of options for every export.
import type { Options } from "csv-stringify";

/**
 * The BOM makes Excel read the file as UTF-8 (Czech, Russian and Chinese survive); rows end in CRLF; a text cell that
 * starts with = + - @ (a name, a note, a destination someone typed) gets a leading ' so a spreadsheet shows it instead
 * of running it as a formula. Numbers stay numbers: pass amounts as numbers, not as formatted text.
 */
export const spreadsheetCsv = { bom: true, record_delimiter: "windows", escape_formulas: true } as const satisfies Options;
