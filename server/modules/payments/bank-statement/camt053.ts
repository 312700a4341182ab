// ISO 20022 CAMT.053 (BkToCstmrStmt), the end-of-day statement banks send: every statement of the file, every booked
// entry of each, read into StatementEntry. Versions .001.02 to .001.13 differ where it matters here only in Sts.
import { XMLParser, XMLValidator } from "fast-xml-parser";
import {
  checkEntries,
  isCurrency,
  parseAmount,
  parseDay,
  variableSymbolIn,
  type EntryError,
  type ParseResult,
  type ReadEntry,
} from "./statement";

type Node = Record<string, unknown>;
const LISTS = new Set(["Stmt", "Ntry", "NtryDtls", "TxDtls", "Ustrd", "Strd"]);
const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: "@",
  removeNSPrefix: true,
  parseTagValue: false,
  trimValues: true,
  isArray: (name) => LISTS.has(name),
});

const node = (value: unknown): Node => (value && typeof value === "object" ? (value as Node) : {});
const list = (value: unknown): Node[] => (Array.isArray(value) ? value.map(node) : value === undefined ? [] : [node(value)]);
/** The text of a path (a leaf, or an element with attributes and text). */
function text(from: unknown, ...path: string[]): string | null {
  let at: unknown = from;
  for (const key of path) at = Array.isArray(at) ? node(at[0])[key] : node(at)[key];
  if (Array.isArray(at)) at = at[0];
  if (typeof at === "string") return at.trim() || null;
  const inner = node(at)["#text"];
  return typeof inner === "string" ? inner.trim() || null : null;
}

export function parseCamt053(xml: string): ParseResult {
  const valid = XMLValidator.validate(xml);
  if (valid !== true)
    return { ok: false, errors: [{ entry: 0, field: null, code: "not_xml", detail: `line ${valid.err.line}: ${valid.err.msg}` }] };
  return readDocument(node(parser.parse(xml)));
}

function readDocument(doc: Node): ParseResult {
  const root = node(node(doc["Document"])["BkToCstmrStmt"]);
  if (!doc["Document"] || !node(doc["Document"])["BkToCstmrStmt"] || list(root["Stmt"]).length === 0) {
    return { ok: false, errors: [{ entry: 0, field: null, code: "not_camt053" }] };
  }
  const errors: EntryError[] = [];
  const read: ReadEntry[] = [];
  let position = 0;
  let ignored = 0;
  for (const stmt of list(root["Stmt"])) {
    for (const ntry of list(stmt["Ntry"])) {
      position += 1;
      const status = text(ntry, "Sts", "Cd") ?? text(ntry, "Sts");
      if (status && status !== "BOOK") {
        ignored += 1;
        continue;
      }
      const entry = readEntry(ntry, position, errors);
      if (entry) read.push({ position, entry });
    }
  }
  return checkEntries("camt.053", read, errors, ignored);
}

function readEntry(ntry: Node, position: number, errors: EntryError[]): ReadEntry["entry"] | null {
  const before = errors.length;
  const fail = (field: string, code: EntryError["code"]) => errors.push({ entry: position, field, code });
  const entryRef = text(ntry, "AcctSvcrRef") ?? text(ntry, "NtryRef");
  const amountText = text(ntry, "Amt");
  const amountMinor = amountText === null ? null : parseAmount(amountText);
  const currency = text(node(ntry["Amt"]), "@Ccy");
  const indicator = text(ntry, "CdtDbtInd");
  const dateText = text(ntry, "BookgDt", "Dt") ?? text(ntry, "BookgDt", "DtTm");
  const bookedOn = dateText === null ? null : parseDay(dateText);
  if (!entryRef) fail("reference", "missing");
  if (amountText === null) fail("amount", "missing");
  else if (amountMinor === null || amountMinor <= 0) fail("amount", "invalid_amount");
  if (!currency || !isCurrency(currency)) fail("currency", currency ? "invalid_currency" : "missing");
  if (indicator !== "CRDT" && indicator !== "DBIT") fail("direction", indicator ? "invalid_direction" : "missing");
  if (dateText === null) fail("date", "missing");
  else if (bookedOn === null) fail("date", "invalid_date");
  if (errors.length > before) return null;

  const tx = list(list(ntry["NtryDtls"])[0]?.["TxDtls"])[0] ?? {};
  const remittance = node(tx["RmtInf"]);
  const creditorRef = text(list(remittance["Strd"])[0], "CdtrRefInf", "Ref");
  const unstructured = (remittance["Ustrd"] as unknown[] | undefined)?.filter((u) => typeof u === "string").join(" ") || null;
  const endToEnd = text(tx, "Refs", "EndToEndId");
  // A structured creditor reference of digits alone is the symbol itself; otherwise it is looked for as "VS…" in the texts.
  const symbol =
    creditorRef && /^\d{1,10}$/.test(creditorRef)
      ? creditorRef.replace(/^0+(?=\d)/, "")
      : variableSymbolIn(creditorRef, endToEnd, unstructured);
  const debtor = indicator === "CRDT" ? "Dbtr" : "Cdtr";
  return {
    entryRef: entryRef!,
    direction: indicator === "CRDT" ? "credit" : "debit",
    bookedOn: bookedOn!,
    amountMinor: amountMinor!,
    currency: currency!,
    variableSymbol: symbol,
    message: unstructured ?? endToEnd,
    payerName: text(tx, "RltdPties", debtor, "Nm") ?? text(tx, "RltdPties", debtor, "Pty", "Nm"),
    payerAccount: text(tx, "RltdPties", `${debtor}Acct`, "Id", "IBAN") ?? text(tx, "RltdPties", `${debtor}Acct`, "Id", "Othr", "Id"),
  };
}
