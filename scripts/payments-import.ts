// `npm run payments:import -- FILE` (CAMT.053 XML or CSV): the operator's bank statement into DATABASE_URL. The file is
// checked whole first (one bad entry rejects it and each is named); credits are matched to bills and posted once each,
// so importing the same file again changes nothing. What does not match waits on the billing agent's desk.
import { readFile } from "node:fs/promises";
import path from "node:path";
import { parseArgs } from "node:util";
import { depsFor } from "~/server/container";
import { createDb } from "~/server/db/client";
import { env } from "~/server/env";
import { bankDeps } from "~/server/modules/payments/payment-deps";
import { importStatement } from "~/server/modules/payments/use-cases/import-statement";

async function main() {
  const { positionals } = parseArgs({ allowPositionals: true });
  const file = positionals[0];
  if (!file || positionals.length > 1) throw new Error("usage: npm run payments:import -- FILE.xml|FILE.csv");
  const content = await readFile(file, "utf8");
  const db = createDb(env.DATABASE_URL, 2);
  try {
    const result = await importStatement(bankDeps(depsFor(db)), null, { fileName: path.basename(file), content });
    if (!result.summary) {
      for (const e of result.errors) {
        const where = e.entry === 0 ? file : `${file}: entry ${e.entry}`;
        console.error(`${where}: ${e.code}${e.field ? ` (${e.field})` : ""}${e.detail ? `: ${e.detail}` : ""}`);
      }
      console.error(
        `payments:import: ${file} rejected, nothing imported (${result.errors.length} error${result.errors.length === 1 ? "" : "s"})`,
      );
      process.exitCode = 1;
      return;
    }
    const s = result.summary;
    console.log(
      `payments:import: ${file} (${s.format}): ${s.credits} credits, ${s.known} imported before, ${s.matched} matched and posted, ` +
        `${s.unmatched} left for a billing agent; ${s.debits} debits and ${s.ignored} entries not booked ignored`,
    );
  } finally {
    await db.$disconnect();
  }
}

main().catch((err) => {
  console.error(`payments:import: ${err instanceof Error ? err.message : String(err)}`);
  process.exit(1);
});
