import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import type { OverdueBill } from "~/server/gateways/billing/billing-gateway";
import { matchCredit } from "./matcher";
import { parseStatement } from "./parse-statement";
import { parseAmount, type ParseResult } from "./statement";

const sample = readFileSync(new URL("./__fixtures__/statement.camt053.xml", import.meta.url), "utf8");
const entriesOf = (r: ParseResult) => (r.ok ? r.statement.entries : expect.unreachable(JSON.stringify(r.errors)));
const errorsOf = (r: ParseResult) => (r.ok ? expect.unreachable("parsed") : r.errors);

describe("CAMT.053", () => {
  it("reads every booked entry of every statement: credits and debits, symbols from any reference", () => {
    const result = parseStatement(sample);
    expect(result.ok && result.statement).toMatchObject({ format: "camt.053", ignored: 1 });
    expect(entriesOf(result)).toEqual([
      {
        entryRef: "20261120-000001",
        direction: "credit",
        bookedOn: "2026-11-20",
        amountMinor: 125000,
        currency: "CZK",
        variableSymbol: "1000012610",
        message: "Bill BA-100001/2026-10",
        payerName: "Anna Nováková",
        payerAccount: "CZ5855000000001265098001",
      },
      expect.objectContaining({ entryRef: "20261120-000002", direction: "debit", amountMinor: 48000, payerName: "Office Supplies s.r.o." }),
      expect.objectContaining({ entryRef: "20261120-000003", direction: "credit", amountMinor: 39990, variableSymbol: "2026007" }),
      expect.objectContaining({ entryRef: "20261121-000001", bookedOn: "2026-11-21", variableSymbol: null, message: "no symbol, sorry" }),
    ]);
  });

  it("takes the entry reference when the bank gives no AcctSvcrRef", () => {
    const xml = sample.replace("<AcctSvcrRef>20261120-000001</AcctSvcrRef>", "").replace("<NtryRef>1</NtryRef>", "<NtryRef>N-1</NtryRef>");
    expect(entriesOf(parseStatement(xml))[0]?.entryRef).toBe("N-1");
  });

  it("refuses the whole file with an error per bad entry", () => {
    const xml = sample
      .replace('<Amt Ccy="CZK">1250.00</Amt>', '<Amt Ccy="CZK">12,50.0</Amt>')
      .replace("<CdtDbtInd>DBIT</CdtDbtInd>", "<CdtDbtInd>MAYBE</CdtDbtInd>")
      .replace(
        "<BookgDt><Dt>2026-11-20</Dt></BookgDt>\n        <AcctSvcrRef>20261120-000003",
        "<BookgDt><Dt>2026-02-30</Dt></BookgDt>\n        <AcctSvcrRef>20261120-000001",
      )
      .replace('<Amt Ccy="CZK">75.00</Amt>', '<Amt Ccy="czk">75.00</Amt>');
    expect(errorsOf(parseStatement(xml))).toEqual([
      { entry: 1, field: "amount", code: "invalid_amount" },
      { entry: 2, field: "direction", code: "invalid_direction" },
      { entry: 3, field: "date", code: "invalid_date" },
      { entry: 4, field: "currency", code: "invalid_currency" },
    ]);
  });

  it("refuses a repeated entry reference, broken XML and XML that is not a statement", () => {
    const twice = sample.replace("<AcctSvcrRef>20261120-000003</AcctSvcrRef>", "<AcctSvcrRef>20261120-000001</AcctSvcrRef>");
    expect(errorsOf(parseStatement(twice))).toEqual([{ entry: 3, field: "reference", code: "duplicate_reference", detail: "entry 1" }]);
    expect(errorsOf(parseStatement(sample.replace("</Stmt>", "</Stmnt>")))[0]).toMatchObject({ entry: 0, code: "not_xml" });
    expect(errorsOf(parseStatement("<Document><BkToCstmrAcctRpt/></Document>"))).toEqual([{ entry: 0, field: null, code: "not_camt053" }]);
  });
});

describe("statement CSV", () => {
  const csv = [
    "Date;Amount;Currency;Variable symbol;Reference;Payer",
    "2026-11-20;1 250,00;CZK;1000012610;BANK-1;Anna Nováková",
    "2026-11-20;-480,00;CZK;;BANK-2;Office Supplies",
    '2026-11-21;75.5;czk;0042;BANK-3;"Svoboda; Petr"',
  ].join("\n");

  it("reads credits and debits (negative amounts), a decimal comma and quoted cells", () => {
    expect(entriesOf(parseStatement(csv))).toEqual([
      expect.objectContaining({ entryRef: "BANK-1", direction: "credit", amountMinor: 125000, variableSymbol: "1000012610" }),
      expect.objectContaining({ entryRef: "BANK-2", direction: "debit", amountMinor: 48000, variableSymbol: null }),
      expect.objectContaining({ entryRef: "BANK-3", amountMinor: 7550, currency: "CZK", variableSymbol: "42", payerName: "Svoboda; Petr" }),
    ]);
  });

  it("refuses the whole file: a missing column, or an error per bad row", () => {
    expect(errorsOf(parseStatement("date,amount,currency,reference\n2026-11-20,1,CZK,R"))).toEqual([
      { entry: 0, field: "variable_symbol", code: "missing_column" },
    ]);
    const bad = [
      "date,amount,currency,variable_symbol,reference,payer",
      "2026-13-01,10,CZK,1,R1,",
      "2026-11-01,abc,CZK,1,R2,",
      "2026-11-01,10,CZK,VS12,,",
    ];
    expect(errorsOf(parseStatement(bad.join("\n")))).toEqual([
      { entry: 1, field: "date", code: "invalid_date" },
      { entry: 2, field: "amount", code: "invalid_amount" },
      { entry: 3, field: "variable_symbol", code: "invalid_symbol" },
      { entry: 3, field: "reference", code: "missing" },
    ]);
    expect(errorsOf(parseStatement('date,amount\n"unclosed,1'))[0]).toMatchObject({ entry: 0, code: "not_csv" });
    expect(errorsOf(parseStatement("date,amount,currency,variable_symbol,reference,payer\n"))).toEqual([
      { entry: 0, field: null, code: "no_entries" },
    ]);
  });

  it("reads amounts to the hundredth and nothing finer", () => {
    expect([parseAmount("1234.5"), parseAmount("-0,07"), parseAmount("1.234"), parseAmount("1e3")]).toEqual([123450, -7, null, null]);
  });
});

describe("matching a credit to a bill", () => {
  const bill = (billNo: string, due: number, currency = "CZK"): OverdueBill => ({
    id: billNo,
    billNo,
    billingAccountId: "ba",
    customerId: "c",
    paymentDueDate: "2026-11-15",
    remainingAmount: { amountMinor: due, currency },
  });
  const bills = [bill("BA-100001/2026-10", 125000), bill("BA-100002/2026-10", 0), bill("BA-100003/2026-10", 500, "EUR")];
  const credit = (variableSymbol: string | null, amountMinor: number) => ({ variableSymbol, amountMinor, currency: "CZK" });

  it("pays the bill of its symbol in full or in part", () => {
    expect(matchCredit(credit("1000012610", 125000), bills)).toMatchObject({
      matched: true,
      bill: { id: "BA-100001/2026-10" },
      part: false,
    });
    expect(matchCredit(credit("1000012610", 100), bills)).toMatchObject({ matched: true, part: true });
  });

  it("leaves the rest to the agent, saying why", () => {
    const reason = (c: ReturnType<typeof credit>, among = bills) => {
      const m = matchCredit(c, among);
      return m.matched ? "matched" : m.reason;
    };
    expect(reason(credit("1000012610", 125001))).toBe("more_than_due");
    expect(reason(credit("1000022610", 100))).toBe("nothing_due");
    expect(reason(credit("1000032610", 100))).toBe("currency");
    expect(reason(credit("999", 100))).toBe("unknown_symbol");
    expect(reason(credit(null, 100))).toBe("no_symbol");
    expect(reason(credit("2026000123", 100), [bill("INV-2026-000123", 500), bill("X-2026000123", 500)])).toBe("ambiguous");
    expect(reason(credit("2026000123", 100), [bill("INV-2026-000123", 500), bill("X-2026000123", 0)])).toBe("matched");
  });
});
