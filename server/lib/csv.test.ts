import { stringify } from "csv-stringify/sync";
import { describe, expect, it } from "vitest";
import { spreadsheetCsv } from "./csv";

describe("spreadsheetCsv", () => {
  it("text that a spreadsheet would run as a formula is shown as text; numbers stay numbers", () => {
    const csv = stringify([['=HYPERLINK("http://x","y")', "+420 601", "-1+1", "@SUM(A1)", "Plain", -12.5, 0]], spreadsheetCsv);
    expect(csv).toBe(`\uFEFF"'=HYPERLINK(""http://x"",""y"")",'+420 601,'-1+1,'@SUM(A1),Plain,-12.5,0\r\n`);
  });
});
