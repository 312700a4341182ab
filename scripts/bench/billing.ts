// `npm run bench:billing [-- --customers 10000 --cdrs 1000000 --period 2026-10 --keep]`
// A fresh database (billing_bench_<pid>) beside DATABASE_URL's, or in an embedded cluster of its own when none is set,
// dropped at the end unless --keep:
// migrate, the standard dataset, the bill run, the exactness checks, and the figures: CDRs/s, bills/s,
// seconds, and in the same run a bare GROUP BY over the same CDRs with the ratio between the two.
import { loadavg } from "node:os";
import { parseArgs } from "node:util";
import pg from "pg";
import { createDb } from "~/server/db/client";
import { runBillRun } from "~/server/gateways/billing/bill-run";
import { loadAccountInput, loadCatalogue } from "~/server/gateways/billing/rating-input";
import { billingPeriod } from "~/server/gateways/billing/rating";
import { rateAccount } from "~/server/gateways/billing/rating-account";
import { ensureBillingCatalogue } from "~/server/gateways/billing/tariff-catalogue";
import { openBenchDatabase } from "./bench-database";
import { insertBillingExtras, insertCdrs, insertCustomers } from "./billing-dataset";

const SAMPLE = 200; // accounts re-rated by the pure reference
/** Statements of the rating half (bill-run-sql.ts); the rest issue bills, lines and ledger postings. */
const RATING_STEPS = /br_(account|segment|window|usage|eligible|split|charged)|RatedUsage/;
const seconds = (from: number) => (performance.now() - from) / 1000;
const fmt = (n: number, digits = 2) => n.toLocaleString("en-US", { maximumFractionDigits: digits, minimumFractionDigits: digits });

function options() {
  const { values } = parseArgs({
    options: {
      customers: { type: "string", default: "10000" },
      cdrs: { type: "string", default: "1000000" },
      period: { type: "string", default: "2026-10" },
      keep: { type: "boolean", default: false },
    },
  });
  billingPeriod(values.period, 1);
  return { customers: Number(values.customers), cdrs: Number(values.cdrs), period: values.period, keep: values.keep };
}

/** Σ-identities that must hold to the minor unit; returns the failures. */
async function checks(client: pg.Client, period: string, cdrs: number, unrated: number): Promise<string[]> {
  const {
    rows: [r],
  } = await client.query(
    `SELECT
      (SELECT sum(l."amountMinor") FROM "BillLine" l JOIN "Bill" b ON b.id = l."billId" WHERE b.period = $1) AS lines,
      (SELECT sum("totalMinor") FROM "Bill" WHERE period = $1) AS totals,
      (SELECT sum(l."amountMinor") FROM "BillLine" l JOIN "Bill" b ON b.id = l."billId" WHERE b.period = $1 AND l.kind = 'usage') AS
      usage_lines,
      (SELECT sum(r."amountMinor") FROM "RatedUsage" r JOIN "Bill" b ON b.id = r."billId" WHERE b.period = $1) AS rated,
      (SELECT sum(l."amountMinor") FROM "BillLine" l JOIN "Bill" b ON b.id = l."billId" WHERE b.period = $1 AND l.kind <> 'usage') AS fees,
      (SELECT sum(r."cdrCount") FROM "RatedUsage" r JOIN "Bill" b ON b.id = r."billId" WHERE b.period = $1) AS rated_cdrs,
      (SELECT sum("amountMinor") FROM "LedgerEntry" WHERE account = 'receivable') AS receivable,
      (SELECT sum("amountMinor") FROM "LedgerEntry") AS ledger`,
    [period],
  );
  const failures: string[] = [];
  const eq = (what: string, a: unknown, b: unknown) => {
    if (String(a) !== String(b)) failures.push(`${what}: ${a} ≠ ${b}`);
  };
  eq("Σ bill lines = Σ bill totals", r.lines, r.totals);
  eq("Σ bill lines = Σ rated usage + fees", r.lines, BigInt(r.rated) + BigInt(r.fees));
  eq("Σ usage lines = Σ rated usage", r.usage_lines, r.rated);
  eq("Σ receivable entries = Σ bill totals", r.receivable, r.totals);
  eq("ledger sums to zero", r.ledger, 0);
  eq("rated + unrated CDRs = all CDRs", BigInt(r.rated_cdrs) + BigInt(unrated), cdrs);
  return failures;
}

async function main() {
  const o = options();
  const [year, month] = o.period.split("-").map(Number) as [number, number];
  const started = performance.now();
  let t = performance.now();
  const database = await openBenchDatabase(`billing_bench_${process.pid}`, o.keep);
  const { url } = database;
  // server/env reads this lazily: set before the first use, so nothing of the portal's can reach another database.
  process.env.DATABASE_URL = url;
  console.log(
    `load average ${loadavg()
      .map((x) => x.toFixed(2))
      .join(" ")} · ${database.where}`,
  );
  console.log(`database + migrate     ${fmt(seconds(t))} s`);
  const db = createDb(url, 2);
  const client = new pg.Client({ connectionString: url });
  try {
    await client.connect();
    t = performance.now();
    const counts = await insertCustomers(client, o.customers, 1, new Date(billingPeriod(o.period, 1).end));
    await db.$transaction((tx) => ensureBillingCatalogue(tx));
    await insertBillingExtras(client, year, month);
    console.log(
      `dataset                ${fmt(seconds(t))} s  ` +
        `(${counts.Customer} customers, ${counts.BillingAccount} accounts, ${counts.Service} services)`,
    );
    t = performance.now();
    await insertCdrs(client, o.cdrs, year, month, 42);
    console.log(`CDRs                   ${fmt(seconds(t))} s  (${o.cdrs.toLocaleString("en-US")} generated in SQL)`);

    const window = [`${o.period}-01`, billingPeriod(o.period, 28).end];
    const groupBy = `SELECT "serviceId", sum(quantity) FROM "UsageRecord"
      WHERE "startedAt" >= $1 AND "startedAt" < $2 GROUP BY "serviceId"`;
    const timeGroupBy = async () => {
      const runs: number[] = [];
      for (let i = 0; i < 3; i++) {
        t = performance.now();
        await client.query(groupBy, window);
        runs.push(seconds(t));
      }
      return runs.sort()[1]!; // median of three, warm
    };
    const baseline = await timeGroupBy(); // as PostgreSQL plans it: parallel workers when the cores are free
    await client.query("SET max_parallel_workers_per_gather = 0");
    const oneCore = await timeGroupBy(); // like for like: the bill run's statements run in one backend
    await client.query("RESET max_parallel_workers_per_gather");

    const steps = new Map<string, number>();
    t = performance.now();
    const run = await runBillRun(db, {
      period: o.period,
      issueDate: billingPeriod(o.period, 1).end,
      onStep: (step, ms) => steps.set(step, (steps.get(step) ?? 0) + ms),
    });
    const billRun = seconds(t);

    const failures = await checks(client, o.period, o.cdrs, run.unratedCdrs);
    const catalogue = await loadCatalogue(db);
    const sample = await db.bill.findMany({ where: { period: o.period }, take: SAMPLE, orderBy: { number: "asc" } });
    for (const bill of sample) {
      const input = await loadAccountInput(db, bill.billingAccountId, o.period);
      const draft = input && rateAccount(o.period, { ...input, oneTimeCharges: [] }, catalogue);
      const oneTime =
        (await db.billLine.aggregate({ where: { billId: bill.id, kind: "one_time" }, _sum: { amountMinor: true } }))._sum.amountMinor ?? 0n;
      const net = (draft?.netMinor ?? 0n) + oneTime; // one-time charges are billed now, so the reference sees them separately
      if (net !== bill.netMinor) failures.push(`bill ${bill.number}: SQL net ${bill.netMinor} ≠ reference ${net}`);
    }

    console.log(
      `\nbill run ${o.period}: ${run.bills.toLocaleString("en-US")} bills, ${run.lines.toLocaleString("en-US")} lines, ` +
        `${run.cdrs.toLocaleString("en-US")} CDRs (${run.unratedCdrs.toLocaleString("en-US")} unrated)`,
    );
    for (const [step, ms] of [...steps].sort((a, b) => b[1] - a[1]).slice(0, 8)) console.log(`  ${step.padEnd(34)} ${fmt(ms / 1000)} s`);
    console.log(`\nbill run (end to end)  ${fmt(billRun)} s`);
    console.log(`CDRs/s                 ${Math.round(o.cdrs / billRun).toLocaleString("en-US")}`);
    console.log(`bills/s                ${Math.round(run.bills / billRun).toLocaleString("en-US")}`);
    const rating = [...steps].filter(([step]) => RATING_STEPS.test(step)).reduce((sum, [, ms]) => sum + ms / 1000, 0);
    console.log(`bare GROUP BY          ${fmt(baseline, 3)} s  (median of 3; on one core ${fmt(oneCore, 3)} s)`);
    console.log(`ratio bill run / GROUP BY  ${fmt(billRun / baseline, 1)}×  (goal ≤ 3×; bill run goal ≤ 10 s)`);
    console.log(`  rating alone (CDRs → rated usage, ${fmt(rating)} s) / GROUP BY on one core: ${fmt(rating / oneCore, 1)}×`);
    console.log(
      `whole benchmark        ${fmt(seconds(started))} s  · load average ${loadavg()
        .map((x) => x.toFixed(2))
        .join(" ")}`,
    );
    console.log(
      failures.length
        ? `\nCHECKS FAILED:\n  ${failures.join("\n  ")}`
        : `\nchecks: Σ lines = Σ rated usage + fees = Σ totals = Σ receivable; ledger = 0; ${sample.length} bills match the pure rating`,
    );
    if (failures.length) process.exitCode = 1;
  } finally {
    await client.end().catch(() => {});
    await db.$disconnect();
    const kept = await database.close();
    if (kept) console.log(kept);
  }
}

main().catch((err) => {
  console.error(`bench:billing: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`);
  process.exit(1);
});
