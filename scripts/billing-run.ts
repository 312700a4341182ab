// `npm run billing:run -- --period 2026-10 [--account BA-100001|<uuid>] [--issue-date 2026-11-01] [--batch-size 50000] [--verbose]`
// Bills every account not yet billed for the period (or one account) into DATABASE_URL. Safe to repeat.
import { parseArgs } from "node:util";
import { createDb } from "~/server/db/client";
import { env } from "~/server/env";
import { runBillRun } from "~/server/gateways/billing/bill-run";
import { billingPeriod } from "~/server/gateways/billing/rating";

async function main() {
  const { values } = parseArgs({
    options: {
      period: { type: "string" },
      account: { type: "string" },
      "issue-date": { type: "string" },
      "batch-size": { type: "string" },
      verbose: { type: "boolean", default: false },
    },
  });
  if (!values.period) throw new Error("--period YYYY-MM is required");
  billingPeriod(values.period, 1);
  const db = createDb(env.DATABASE_URL, 2);
  try {
    let billingAccountId: string | null = null;
    if (values.account) {
      const account = await db.billingAccount.findFirst({
        where: /^[0-9a-f-]{36}$/i.test(values.account) ? { id: values.account } : { number: values.account },
        select: { id: true },
      });
      if (!account) throw new Error(`no billing account ${values.account}`);
      billingAccountId = account.id;
    }
    const started = performance.now();
    const result = await runBillRun(db, {
      period: values.period,
      billingAccountId,
      issueDate: values["issue-date"] ?? new Date().toISOString().slice(0, 10),
      batchSize: values["batch-size"] ? Number(values["batch-size"]) : undefined,
      onStep: values.verbose ? (step, ms) => console.log(`  ${step.padEnd(34)} ${(ms / 1000).toFixed(3)} s`) : undefined,
    });
    const seconds = (performance.now() - started) / 1000;
    console.log(
      `bill run ${result.runId} for ${result.period}: ${result.bills} bills, ${result.lines} lines, ${result.cdrs} CDRs in the period ` +
        `(${result.unratedCdrs} unrated), ${result.accountsSkipped} accounts skipped, ${seconds.toFixed(2)} s`,
    );
  } finally {
    await db.$disconnect();
  }
}

main().catch((err) => {
  console.error(`billing:run: ${err instanceof Error ? err.message : String(err)}`);
  process.exit(1);
});
