// Bulk CDR import: all or nothing. The file is validated completely first (format, then that every
// service exists), then written in one transaction as multi-row INSERTs of a few thousand rows each
// (one array parameter per column, unnest()); a file is recorded by its SHA-256 so importing it twice
// is refused instead of billing its usage twice.
import { createHash } from "node:crypto";
import type pg from "pg";
import { parseUsageCsv, type LineError, type UsageColumns } from "./usage-csv";

const ROWS_PER_INSERT = 5_000;
/** Field separator on the wire (ASCII unit separator): usage-csv.ts refuses it inside any field. */
export const SEP = "\u001f";

export type ImportResult =
  { ok: true; importId: string; rows: number; seconds: number } | { ok: false; errors: LineError[]; errorCount: number };

/** Lines whose service does not exist: one set-based lookup of the distinct ids. */
async function unknownServices(
  client: pg.ClientBase,
  columns: UsageColumns,
  maxErrors: number,
): Promise<{ errors: LineError[]; count: number }> {
  const distinct = [...new Set(columns.serviceId)];
  const { rows } = await client.query<{ id: string }>(
    `SELECT u.id::text FROM unnest($1::uuid[]) AS u(id) WHERE NOT EXISTS (SELECT 1 FROM "Service" s WHERE s.id = u.id)`,
    [distinct],
  );
  const missing = new Set(rows.map((r) => r.id));
  const errors: LineError[] = [];
  let count = 0;
  columns.serviceId.forEach((id, i) => {
    if (!missing.has(id)) return;
    count++;
    if (errors.length < maxErrors) errors.push({ line: columns.line[i]!, reason: `service ${id} does not exist` });
  });
  return { errors, count };
}

/** Ensures a monthly partition exists for every month the rows fall in. */
export async function ensureUsagePartitions(client: pg.ClientBase, startedAt: readonly string[]): Promise<void> {
  if (startedAt.length === 0) return;
  let min = startedAt[0]!;
  let max = min;
  for (const t of startedAt) {
    if (t < min) min = t;
    if (t > max) max = t;
  }
  await client.query(`SELECT billing_ensure_usage_partitions($1::date, $2::date)`, [min.slice(0, 10), max.slice(0, 10)]);
}

/**
 * Inserts validated rows; the caller owns the transaction. Each column travels as one delimited
 * string split by string_to_array() on the server: joining strings in Node is several times faster
 * than the driver quoting every array element (validation keeps the separator out of every field).
 */
export async function insertUsageRows(client: pg.ClientBase, columns: UsageColumns, importId: string | null): Promise<void> {
  const join = (xs: readonly (string | null)[], from: number, to: number) =>
    xs
      .slice(from, to)
      .map((x) => x ?? "")
      .join(SEP);
  for (let from = 0; from < columns.serviceId.length; from += ROWS_PER_INSERT) {
    const to = from + ROWS_PER_INSERT;
    await client.query(
      `INSERT INTO "UsageRecord" ("serviceId", kind, zone, "startedAt", quantity, destination, "importId")
       SELECT s, k, z, t, q, d, $8::bigint
       FROM unnest(string_to_array($1, $7)::uuid[], string_to_array($2, $7)::"UsageKind"[], string_to_array($3, $7)::"UsageZone"[],
                   string_to_array($4, $7)::timestamp[], string_to_array($5, $7)::bigint[], string_to_array($6, $7, '')) AS r(s, k, z, t,
                   q, d)`,
      [
        join(columns.serviceId, from, to),
        join(columns.kind, from, to),
        join(columns.zone, from, to),
        join(columns.startedAt, from, to),
        join(columns.quantity, from, to),
        join(columns.destination, from, to),
        SEP,
        importId,
      ],
    );
  }
}

/** Validates and imports one CDR file's content. Nothing is written unless every line is valid. */
export async function importUsageCsv(client: pg.ClientBase, fileName: string, content: string, maxErrors = 1_000): Promise<ImportResult> {
  const started = performance.now();
  const parsed = parseUsageCsv(content, maxErrors);
  if (parsed.errorCount > 0) return { ok: false, errors: parsed.errors, errorCount: parsed.errorCount };
  const { columns } = parsed;
  const unknown = await unknownServices(client, columns, maxErrors);
  if (unknown.count > 0) return { ok: false, errors: unknown.errors, errorCount: unknown.count };

  const sha256 = createHash("sha256").update(content).digest("hex");
  await client.query("BEGIN");
  try {
    const { rows } = await client.query<{ id: string }>(
      `INSERT INTO "UsageImport" ("fileName", sha256, "rowCount") VALUES ($1, $2, $3) ON CONFLICT (sha256) DO NOTHING RETURNING id::text`,
      [fileName, sha256, columns.serviceId.length],
    );
    if (!rows[0]) {
      await client.query("ROLLBACK");
      const { rows: prior } = await client.query<{ id: string; at: Date }>(
        `SELECT id::text, "importedAt" AS at FROM "UsageImport" WHERE sha256 = $1`,
        [sha256],
      );
      const when = prior[0] ? ` as import ${prior[0].id} on ${prior[0].at.toISOString()}` : "";
      return { ok: false, errors: [{ line: 0, reason: `this file was already imported${when}` }], errorCount: 1 };
    }
    await ensureUsagePartitions(client, columns.startedAt);
    await insertUsageRows(client, columns, rows[0].id);
    // After a big load the bill run needs fresh statistics; autovacuum would get there, later.
    if (columns.serviceId.length >= 50_000) await client.query(`ANALYZE "UsageRecord"`);
    await client.query("COMMIT");
    return { ok: true, importId: rows[0].id, rows: columns.serviceId.length, seconds: (performance.now() - started) / 1000 };
  } catch (err) {
    await client.query("ROLLBACK").catch(() => {});
    throw err;
  }
}
