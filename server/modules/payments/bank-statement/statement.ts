// A bank statement as the portal reads it, whatever the file was: the bank's entries, each checked on its own, so a
// file is taken whole or not at all and the billing agent is told what is wrong with each entry.

export type EntryDirection = "credit" | "debit";

export type StatementEntry = {
  /** The bank's own reference of the entry (AcctSvcrRef, else NtryRef; the CSV's reference): the key it is kept by. */
  entryRef: string;
  direction: EntryDirection;
  /** YYYY-MM-DD */
  bookedOn: string;
  amountMinor: number;
  currency: string;
  variableSymbol: string | null;
  /** What the payer wrote (unstructured remittance information, the CSV's reference column). */
  message: string | null;
  payerName: string | null;
  payerAccount: string | null;
};

export const statementFormats = ["camt.053", "csv"] as const;
export type StatementFormat = (typeof statementFormats)[number];

export const entryErrorCodes = [
  "not_xml",
  "not_camt053",
  "not_csv",
  "no_header",
  "missing_column",
  "no_entries",
  "too_many_entries",
  "missing",
  "invalid_amount",
  "invalid_currency",
  "invalid_date",
  "invalid_direction",
  "invalid_symbol",
  "duplicate_reference",
] as const;
export type EntryErrorCode = (typeof entryErrorCodes)[number];

/** `entry` is the entry's position in the file (1 = first; a CSV counts its data rows), 0 for the file as a whole. */
export type EntryError = { entry: number; field: string | null; code: EntryErrorCode; detail?: string };

export type ParsedStatement = { format: StatementFormat; entries: StatementEntry[]; ignored: number };
export type ParseResult = { ok: true; statement: ParsedStatement } | { ok: false; errors: EntryError[] };

export const MAX_ENTRIES = 5_000;

/** "1234.5", "1 234,50", "-20.00" → minor units (hundredths); null unless at most two decimals. */
export function parseAmount(text: string): number | null {
  const compact = text.replace(/[\s\u00a0]/g, "").replace(",", ".");
  if (!/^-?\d{1,12}(\.\d{1,2})?$/.test(compact)) return null;
  const negative = compact.startsWith("-");
  const [whole, fraction = ""] = compact.replace("-", "").split(".");
  const minor = Number(whole) * 100 + Number(fraction.padEnd(2, "0"));
  return negative ? -minor : minor;
}

/** A real calendar day, YYYY-MM-DD (a date-time is cut to its day). */
export function parseDay(text: string): string | null {
  const day = /^(\d{4})-(\d{2})-(\d{2})/.exec(text.trim());
  if (!day) return null;
  const date = new Date(`${day[1]}-${day[2]}-${day[3]}T00:00:00Z`);
  return Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== day[0] ? null : day[0];
}

export const isCurrency = (text: string) => /^[A-Z]{3}$/.test(text);

/** Czech payments carry the variable symbol as "VS:123", "/VS/123/" or "VS123" inside a reference. */
export function variableSymbolIn(...texts: (string | null | undefined)[]): string | null {
  for (const text of texts) {
    const found = text ? /(?:^|[^A-Z])VS[:/\s]*0*(\d{1,10})(?!\d)/i.exec(text) : null;
    if (found) return found[1]!;
  }
  return null;
}

export type ReadEntry = { position: number; entry: StatementEntry };

/** The checks every format shares, once its entries are read: references unique within the file, a sane count. */
export function checkEntries(format: StatementFormat, read: ReadEntry[], errors: EntryError[], ignored: number): ParseResult {
  const seen = new Map<string, number>();
  for (const { position, entry } of read) {
    const first = seen.get(entry.entryRef);
    if (first !== undefined) errors.push({ entry: position, field: "reference", code: "duplicate_reference", detail: `entry ${first}` });
    else seen.set(entry.entryRef, position);
  }
  if (read.length + ignored === 0 && errors.length === 0) errors.push({ entry: 0, field: null, code: "no_entries" });
  if (read.length > MAX_ENTRIES) errors.push({ entry: 0, field: null, code: "too_many_entries", detail: String(MAX_ENTRIES) });
  if (errors.length > 0) return { ok: false, errors: errors.sort((a, b) => a.entry - b.entry) };
  return { ok: true, statement: { format, entries: read.map((r) => r.entry), ignored } };
}
