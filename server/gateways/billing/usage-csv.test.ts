import { describe, expect, it } from "vitest";
import { parseUsageCsv, splitCsvLine, utcTimestamp } from "./usage-csv";

const S = "3f2c9a1e-7b4d-4c1a-9e2f-0a1b2c3d4e5f";
const header = "service_id,kind,started_at,quantity,zone,destination";

describe("CDR files", () => {
  it("reads a valid file into columns, times normalised to UTC", () => {
    const { columns, errors } = parseUsageCsv(
      [
        header,
        `${S},voice,2026-10-05T10:12:44+02:00,125,national,+420601234567`,
        `${S.toUpperCase()},data,2026-10-05T08:00:00Z,1048576,roaming_eu,`,
        `${S},sms,2026-10-06T08:00:00.5Z,1,international,"+49 30, office"`,
        "",
      ].join("\n"),
    );
    expect(errors).toEqual([]);
    expect(columns).toEqual({
      serviceId: [S, S, S],
      kind: ["voice", "data", "sms"],
      zone: ["national", "roaming_eu", "international"],
      startedAt: ["2026-10-05T08:12:44.000Z", "2026-10-05T08:00:00Z", "2026-10-06T08:00:00.5Z"],
      quantity: ["125", "1048576", "1"],
      destination: ["+420601234567", null, "+49 30, office"],
      line: [2, 3, 4],
    });
  });

  it("accepts the columns in any order and without destination", () => {
    const { columns, errors } = parseUsageCsv(
      `zone,quantity,kind,started_at,service_id\r\nnational,60,voice,2026-10-01T00:00:00Z,${S}\r\n`,
    );
    expect(errors).toEqual([]);
    expect(columns.destination).toEqual([null]);
  });

  it("rejects every bad line with its number and reasons", () => {
    const { errors, errorCount } = parseUsageCsv(
      [
        header,
        `${S},voice,2026-10-05T10:12:44Z,125,national,`,
        `not-a-uuid,fax,2026-10-05,12.5,mars,`,
        `${S},voice,2026-10-05T10:12:44Z,125`,
        ``,
        `${S},voice,2026-10-05T10:12:44Z,-3,national,`,
        `${S},voice,2026-10-05T10:12:44Z,90000,national,`,
        `${S},sms,2026-10-05T10:12:44Z,1,national,"unterminated`,
      ].join("\n"),
    );
    expect(errorCount).toBe(6);
    expect(errors.map((e) => e.line)).toEqual([3, 4, 5, 6, 7, 8]);
    expect(errors[0]!.reason).toMatch(/service_id .* not a UUID; kind "fax" .*; zone "mars" .*; started_at .*; quantity "12.5"/);
    expect(errors[1]!.reason).toBe("expected 6 fields, found 4");
    expect(errors[2]!.reason).toBe("empty line");
    expect(errors[3]!.reason).toMatch(/quantity "-3"/);
    expect(errors[4]!.reason).toBe("quantity 90000 is too large for voice");
    expect(errors[5]!.reason).toBe("unterminated quoted field");
  });

  it("refuses a file without the required header", () => {
    const { errors } = parseUsageCsv(`service,kind,when,quantity,zone\n${S},voice,2026-10-05T10:12:44Z,1,national`);
    expect(errors).toEqual([{ line: 1, reason: expect.stringMatching(/missing: service_id, started_at; unknown: service, when/) }]);
  });

  it("caps the listed errors but counts them all", () => {
    const bad = Array.from({ length: 50 }, () => "x,y,z,q,w,e");
    const { errors, errorCount } = parseUsageCsv([header, ...bad].join("\n"), 10);
    expect([errors.length, errorCount]).toEqual([10, 50]);
  });

  it.each([
    ["2026-02-29T10:00:00Z", null],
    ["2028-02-29T10:00:00Z", "2028-02-29T10:00:00Z"],
    ["2026-02-30T10:00:00Z", null],
    ["2026-10-05T24:00:00Z", null],
    ["2026-10-05T10:00:00", null],
    ["2026-10-05T10:00+01:00", "2026-10-05T09:00:00.000Z"],
  ])("reads the time %s as %s", (text, utc) => expect(utcTimestamp(text)).toBe(utc));

  it("refuses control characters in a destination", () => {
    expect(parseUsageCsv(`${header}\n${S},sms,2026-10-05T10:12:44Z,1,national,+420\u001f1`).errors).toEqual([
      { line: 2, reason: "destination contains control characters" },
    ]);
  });

  it.each([
    ["a,b,c", ["a", "b", "c"]],
    ['"a,b",c', ["a,b", "c"]],
    ['"say ""hi""",x', ['say "hi"', "x"]],
    ["a,,", ["a", "", ""]],
    ['"a"b,c', null],
  ])("splits %s", (line, fields) => expect(splitCsvLine(line)).toEqual(fields));
});
