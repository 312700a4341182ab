// The simple CSV a bank's internet banking exports: one row per entry under a header row naming the columns date,
// amount (negative: a debit), currency, variable symbol, reference (the bank's entry reference) and payer. Comma or
// semicolon separated; a decimal comma is read too.
import { parse } from "csv-parse/sync";
import {
  checkEntries,
  isCurrency,
  parseAmount,
  parseDay,
  type EntryError,
  type ParseResult,
  type ReadEntry,
  type StatementEntry,
} from "./statement";

const COLUMNS = ["date", "amount", "currency", "variable_symbol", "reference", "payer"] as const;
type Column = (typeof COLUMNS)[number];
const ALIASES: Record<string, Column> = { vs: "variable_symbol", "variable symbol": "variable_symbol", variablesymbol: "variable_symbol" };
const columnOf = (header: string): string => {
  const name = header.trim().toLowerCase();
  return ALIASES[name] ?? name.replace(/\s+/g, "_");
};

export function parseStatementCsv(text: string): ParseResult {
  const content = text.replace(/^\uFEFF/, "");
  // The header tells the separator: a semicolon file may then use decimal commas in its amounts.
  const delimiter = (content.split(/\r?\n/, 1)[0] ?? "").includes(";") ? ";" : ",";
  let rows: string[][];
  try {
    rows = parse(content, { delimiter, skip_empty_lines: true, trim: true });
  } catch (error) {
    return {
      ok: false,
      errors: [{ entry: 0, field: null, code: "not_csv", detail: error instanceof Error ? error.message : String(error) }],
    };
  }
  const [header, ...data] = rows;
  if (!header) return { ok: false, errors: [{ entry: 0, field: null, code: "no_entries" }] };
  const index = new Map(header.map((h, i) => [columnOf(h), i]));
  const missing = COLUMNS.filter((c) => c !== "payer" && !index.has(c));
  if (missing.length > 0) return { ok: false, errors: missing.map((c) => ({ entry: 0, field: c, code: "missing_column" as const })) };

  const errors: EntryError[] = [];
  const read: ReadEntry[] = [];
  data.forEach((row, i) => {
    const entry = readRow((c) => row[index.get(c) ?? -1]?.trim() || null, i + 1, errors);
    if (entry) read.push({ position: i + 1, entry });
  });
  return checkEntries("csv", read, errors, 0);
}

function readRow(cell: (c: Column) => string | null, position: number, errors: EntryError[]): StatementEntry | null {
  const before = errors.length;
  const fail = (field: Column, code: EntryError["code"]) => errors.push({ entry: position, field, code });
  const [dateText, amountText, currencyText, symbol, entryRef] = (
    ["date", "amount", "currency", "variable_symbol", "reference"] as const
  ).map(cell);
  const bookedOn = dateText ? parseDay(dateText) : null;
  const amountMinor = amountText ? parseAmount(amountText) : null;
  const currency = currencyText?.toUpperCase() ?? null;
  if (!dateText) fail("date", "missing");
  else if (!bookedOn) fail("date", "invalid_date");
  if (!amountText) fail("amount", "missing");
  else if (amountMinor === null || amountMinor === 0) fail("amount", "invalid_amount");
  if (!currency) fail("currency", "missing");
  else if (!isCurrency(currency)) fail("currency", "invalid_currency");
  if (symbol && !/^\d{1,10}$/.test(symbol)) fail("variable_symbol", "invalid_symbol");
  if (!entryRef) fail("reference", "missing");
  if (errors.length > before) return null;
  return {
    entryRef: entryRef!,
    direction: amountMinor! > 0 ? "credit" : "debit",
    bookedOn: bookedOn!,
    amountMinor: Math.abs(amountMinor!),
    currency: currency!,
    variableSymbol: symbol ? symbol.replace(/^0+(?=\d)/, "") : null,
    message: null,
    payerName: cell("payer"),
    payerAccount: null,
  };
}
