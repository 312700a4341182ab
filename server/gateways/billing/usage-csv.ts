// CDR files: parse and validate every line before anything is written. Rows are kept in columns
// (one array per field) so a million-line file stays a few arrays, ready for unnest() inserts.
//
// Format (UTF-8, comma-separated, header required, columns in any order, destination optional):
//   service_id,kind,started_at,quantity,zone,destination
//   3f2c…-uuid,voice,2026-10-05T08:12:44Z,125,national,+420601234567
// kind: voice (quantity = seconds) | sms (messages) | data (bytes); started_at: ISO 8601 with a zone.
import { usageKinds, usageZones, type UsageKind, type UsageZone } from "./rating";

export type UsageColumns = {
  serviceId: string[];
  kind: UsageKind[];
  zone: UsageZone[];
  /** ISO 8601 in UTC ("…Z"), as PostgreSQL reads it into a timestamp */
  startedAt: string[];
  quantity: string[];
  destination: (string | null)[];
  /** 1-based line number in the file, for messages about a row */
  line: number[];
};
export type LineError = { line: number; reason: string };

const REQUIRED = ["service_id", "kind", "started_at", "quantity", "zone"] as const;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const MAX_QUANTITY: Record<UsageKind, bigint> = { voice: 86_400n, sms: 1_000n, data: 1n << 50n };
const MAX_DESTINATION = 64;
/** Control characters, among them the separator the import sends columns with. */
function hasControl(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 32 || c === 127) return true;
  }
  return false;
}

/** Splits one CSV line; double quotes may wrap a field ("" is a quote inside). */
export function splitCsvLine(text: string): string[] | null {
  const fields: string[] = [];
  let i = 0;
  for (;;) {
    let field = "";
    if (text[i] === '"') {
      i++;
      for (;;) {
        const q = text.indexOf('"', i);
        if (q < 0) return null; // unterminated quote
        field += text.slice(i, q);
        if (text[q + 1] === '"') {
          field += '"';
          i = q + 2;
          continue;
        }
        i = q + 1;
        break;
      }
      if (i < text.length && text[i] !== ",") return null;
    } else {
      const c = text.indexOf(",", i);
      field = text.slice(i, c < 0 ? text.length : c);
      i = c < 0 ? text.length : c;
    }
    fields.push(field);
    if (i >= text.length) return fields;
    i++; // the comma
  }
}

export const emptyColumns = (): UsageColumns => ({
  serviceId: [],
  kind: [],
  zone: [],
  startedAt: [],
  quantity: [],
  destination: [],
  line: [],
});

const TIMESTAMP = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(\.\d{1,6})?)?(Z|[+-]\d{2}:?\d{2})$/;
const DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** An ISO 8601 time with a zone as a UTC timestamp PostgreSQL reads as is, or null when it is not a real time. */
export function utcTimestamp(text: string): string | null {
  const m = TIMESTAMP.exec(text);
  if (!m) return null;
  const [y, mo, d, h, mi, s] = [Number(m[1]), Number(m[2]), Number(m[3]), Number(m[4]), Number(m[5]), Number(m[6] ?? 0)];
  const leap = mo === 2 && y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0) ? 1 : 0;
  // Date.parse would roll 30 Feb over
  if (mo < 1 || mo > 12 || d < 1 || d > DAYS[mo - 1]! + leap || h > 23 || mi > 59 || s > 59) return null;
  if (m[8] === "Z") return text; // already UTC: no Date round trip for the common case (a million lines)
  return new Date(Date.parse(text)).toISOString();
}

/** Why a line is not a CDR (only computed for lines that fail the fast checks). */
function reasonsFor(serviceId: string, kind: string, zone: string, startedAt: string, quantity: string, destination: string): string[] {
  const reasons: string[] = [];
  if (!UUID.test(serviceId)) reasons.push(`service_id "${serviceId}" is not a UUID`);
  if (!usageKinds.includes(kind as UsageKind)) reasons.push(`kind "${kind}" is not one of ${usageKinds.join("|")}`);
  if (!usageZones.includes(zone as UsageZone)) reasons.push(`zone "${zone}" is not one of ${usageZones.join("|")}`);
  if (utcTimestamp(startedAt) === null) reasons.push(`started_at "${startedAt}" is not an ISO 8601 time with a zone`);
  if (!/^\d{1,19}$/.test(quantity)) reasons.push(`quantity "${quantity}" is not a whole number ≥ 0`);
  else if (usageKinds.includes(kind as UsageKind) && BigInt(quantity) > MAX_QUANTITY[kind as UsageKind])
    reasons.push(`quantity ${quantity} is too large for ${kind}`);
  if (destination.length > MAX_DESTINATION) reasons.push(`destination is longer than ${MAX_DESTINATION} characters`);
  if (hasControl(destination)) reasons.push("destination contains control characters");
  return reasons;
}

/** Validates a whole file. Rows are only usable when `errors` is empty. */
export function parseUsageCsv(text: string, maxErrors = 1_000): { columns: UsageColumns; errors: LineError[]; errorCount: number } {
  const columns = emptyColumns();
  const errors: LineError[] = [];
  let errorCount = 0;
  const fail = (line: number, reason: string) => {
    errorCount++;
    if (errors.length < maxErrors) errors.push({ line, reason });
  };
  const lines = text.split(/\r?\n/);
  if (lines.at(-1) === "") lines.pop();
  const header = splitCsvLine((lines[0] ?? "").replace(/^\uFEFF/, "").trim())?.map((h) => h.trim().toLowerCase()) ?? [];
  const missing = REQUIRED.filter((c) => !header.includes(c));
  const unknown = header.filter((h) => !(REQUIRED as readonly string[]).includes(h) && h !== "destination");
  if (missing.length || unknown.length) {
    fail(
      1,
      `header must name ${REQUIRED.join(", ")} (and optionally destination)` +
        (missing.length ? `; missing: ${missing.join(", ")}` : "") +
        (unknown.length ? `; unknown: ${unknown.join(", ")}` : ""),
    );
    return { columns, errors, errorCount };
  }
  const [iService, iKind, iStarted, iQuantity, iZone] = REQUIRED.map((c) => header.indexOf(c)) as [number, number, number, number, number];
  const iDestination = header.indexOf("destination");
  for (let n = 1; n < lines.length; n++) {
    const lineNo = n + 1;
    const raw = lines[n]!;
    if (raw.trim() === "") {
      fail(lineNo, "empty line");
      continue;
    }
    const f = raw.includes('"') ? splitCsvLine(raw) : raw.split(",");
    if (!f) {
      fail(lineNo, "unterminated quoted field");
      continue;
    }
    if (f.length !== header.length) {
      fail(lineNo, `expected ${header.length} fields, found ${f.length}`);
      continue;
    }
    const serviceId = f[iService]!.trim().toLowerCase();
    const kind = f[iKind]!.trim() as UsageKind;
    const zone = f[iZone]!.trim() as UsageZone;
    const started = utcTimestamp(f[iStarted]!.trim());
    const quantity = f[iQuantity]!.trim();
    const destination = iDestination < 0 ? "" : f[iDestination]!.trim();
    const ok =
      started !== null &&
      UUID.test(serviceId) &&
      usageKinds.includes(kind) &&
      usageZones.includes(zone) &&
      /^\d{1,19}$/.test(quantity) &&
      Number(quantity) <= Number(MAX_QUANTITY[kind]) &&
      destination.length <= MAX_DESTINATION &&
      !hasControl(destination);
    if (!ok) {
      const reasons = reasonsFor(serviceId, kind, zone, f[iStarted]!.trim(), quantity, destination);
      fail(lineNo, reasons.length ? reasons.join("; ") : `quantity ${quantity} is too large for ${kind}`);
      continue;
    }
    columns.serviceId.push(serviceId);
    columns.kind.push(kind);
    columns.zone.push(zone);
    columns.startedAt.push(started);
    columns.quantity.push(quantity);
    columns.destination.push(destination || null);
    columns.line.push(lineNo);
  }
  return { columns, errors, errorCount };
}
