// `npm run usage:import -- FILE.csv [--max-errors 100]`: CDRs into DATABASE_URL, all or nothing.
// Every line is validated first; one bad line rejects the file and the report names each bad line.
import { readFile } from "node:fs/promises";
import path from "node:path";
import { parseArgs } from "node:util";
import pg from "pg";
import { env } from "~/server/env";
import { importUsageCsv } from "~/server/gateways/billing/usage-import";

async function main() {
  const { values, positionals } = parseArgs({ allowPositionals: true, options: { "max-errors": { type: "string", default: "100" } } });
  const file = positionals[0];
  if (!file || positionals.length > 1) throw new Error("usage: npm run usage:import -- FILE.csv");
  const content = await readFile(file, "utf8");
  const client = new pg.Client({ connectionString: env.DATABASE_URL });
  await client.connect();
  try {
    const result = await importUsageCsv(client, path.basename(file), content, Number(values["max-errors"]));
    if (!result.ok) {
      for (const e of result.errors) console.error(`${file}:${e.line}: ${e.reason}`);
      const more = result.errorCount - result.errors.length;
      console.error(
        `usage:import: ${file} rejected, nothing imported (${result.errorCount} bad line${result.errorCount === 1 ? "" : "s"}` +
          `${more > 0 ? `, ${more} not listed` : ""})`,
      );
      process.exitCode = 1;
      return;
    }
    console.log(
      `usage:import: ${result.rows} CDRs from ${file} as import ${result.importId} in ${result.seconds.toFixed(2)} s ` +
        `(${Math.round(result.rows / result.seconds)} rows/s)`,
    );
  } finally {
    await client.end();
  }
}

main().catch((err) => {
  console.error(`usage:import: ${err instanceof Error ? err.message : String(err)}`);
  process.exit(1);
});
