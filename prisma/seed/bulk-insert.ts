// Many rows per statement: one array parameter per column, spread back into rows by unnest().
// Unlike a multi-row VALUES list this never meets PostgreSQL's 65,535-parameter limit, and it stays parameterised.
import type pg from "pg";
import { tables, type Batch, type TableName } from "./generate-rows";

const q = (ident: string) => `"${ident.replace(/"/g, '""')}"`;

async function insertRows<T extends TableName>(client: pg.ClientBase, table: T, rows: Batch[T]): Promise<number> {
  if (rows.length === 0) return 0;
  const columns = Object.entries(tables[table]) as [string, string][];
  const arrays = columns.map(([name]) => rows.map((r) => (r as Record<string, unknown>)[name] ?? null));
  const list = columns.map(([name]) => q(name)).join(", ");
  const unnest = columns.map(([, type], i) => `$${i + 1}::${type}[]`).join(", ");
  await client.query(`INSERT INTO ${q(table)} (${list}) SELECT * FROM unnest(${unnest})`, arrays);
  return rows.length;
}

/** Inserts every table of the batch in foreign-key order. */
export async function insertBatch(client: pg.ClientBase, batch: Batch, counts: Record<TableName, number>): Promise<void> {
  for (const table of Object.keys(tables) as TableName[]) {
    counts[table] += await insertRows(client, table, batch[table]);
  }
}
