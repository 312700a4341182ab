// The bill run: every account not yet billed for a period gets one combined bill, set-based in SQL,
// one transaction per batch of accounts. Idempotent: a billed (account, period) is skipped, so a
// re-run after success changes nothing and a re-run after a failure finishes the remaining batches.
import type { Db, Tx } from "~/server/db/client";
import { Prisma } from "~/server/db/generated/client";
import { announceStatement, batchCounts, issueStatements } from "./bill-run-issue";
import { ratingStatements, type BatchParams } from "./bill-run-sql";
import type { BillRunResult } from "./billing-views";
import { billingPeriod, dayNumber, isoDate, type IsoDate } from "./rating";

export type { BillRunResult } from "./billing-views";

const PAYMENT_TERM_DAYS = 14;
/** Bill runs take this lock per batch, so two runs never rate the same account at once. */
const LOCK_KEY = "billing.bill-run";

export type BillRunInput = {
  /** YYYY-MM */
  period: string;
  /** only this account; otherwise every account */
  billingAccountId?: string | null;
  /** only these accounts (tests, targeted re-runs); combined with billingAccountId when both are given */
  billingAccountIds?: string[] | null;
  issueDate: IsoDate;
  /** accounts per transaction */
  batchSize?: number;
  /** false: no CustomerBillCreateEvent (history written by the seed and test worlds: nobody is told about the past) */
  announce?: boolean;
  /** called after each SQL statement (benchmarks print where the time goes) */
  onStep?: (name: string, ms: number) => void;
};

type Counts = { bills: number; lines: number; cdrs: bigint; unrated: bigint; accounts: number };

export async function runBillRun(db: Db, input: BillRunInput): Promise<BillRunResult> {
  billingPeriod(input.period, 1); // validates the period
  if (!/^\d{4}-\d{2}-\d{2}$/.test(input.issueDate)) throw new RangeError(`issueDate must be YYYY-MM-DD, not "${input.issueDate}"`);
  const [year, month] = input.period.split("-").map(Number) as [number, number];
  const account = input.billingAccountId ?? null;
  const run = await db.billRun.create({ data: { period: input.period, billingAccountId: account }, select: { id: true } });
  const total = { bills: 0, lines: 0, cdrs: 0, unratedCdrs: 0, accountsSkipped: 0 };
  try {
    const pending = await db.$queryRaw<{ id: string }[]>`
      SELECT a.id FROM "BillingAccount" a
      WHERE (${account}::uuid IS NULL OR a.id = ${account}::uuid)
        AND (${input.billingAccountIds ?? null}::uuid[] IS NULL OR a.id = ANY(${input.billingAccountIds ?? null}::uuid[]))
        AND NOT EXISTS (SELECT 1 FROM "Bill" b WHERE b."billingAccountId" = a.id AND b.period = ${input.period})
      ORDER BY a.id`;
    const size = input.batchSize ?? 50_000;
    for (let i = 0; i < pending.length; i += size) {
      const params: BatchParams = {
        period: input.period,
        year,
        month,
        accountIds: pending.slice(i, i + size).map((r) => r.id),
        from: `${input.period}-01`,
        to: `${billingPeriod(input.period, 28).end}`,
        runId: run.id,
        issueDate: input.issueDate,
        dueDate: isoDate(dayNumber(input.issueDate) + PAYMENT_TERM_DAYS),
      };
      const c = await runBatch(db, params, input.onStep, input.announce ?? true);
      Object.assign(total, {
        bills: total.bills + c.bills,
        lines: total.lines + c.lines,
        cdrs: total.cdrs + Number(c.cdrs),
        unratedCdrs: total.unratedCdrs + Number(c.unrated),
        accountsSkipped: total.accountsSkipped + c.accounts,
      });
    }
    await db.$executeRaw`UPDATE "BillRun" SET status = 'completed', "finishedAt" = now() WHERE id = ${run.id}`;
    return { runId: run.id.toString(), period: input.period, ...total };
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err);
    await db.$executeRaw`UPDATE "BillRun" SET status = 'failed', "finishedAt" = now(), error = ${message.slice(0, 2000)}
      WHERE id = ${run.id}`;
    throw err;
  }
}

/** A short name for a statement: its first table or command. */
const stepName = (sql: Prisma.Sql) => /(?:TABLE|INTO|ANALYZE|FROM)\s+"?(\w+)/.exec(sql.strings[0] ?? "")?.[1] ?? "statement";

/** Rates and issues the batch's accounts inside the caller's transaction (temp tables drop at commit). */
export async function executeBatch(tx: Tx, p: BatchParams, onStep?: BillRunInput["onStep"], announce = true): Promise<void> {
  // Big hash joins and aggregates: give them memory so nothing spills to disk.
  await tx.$executeRaw`SET LOCAL work_mem = '256MB'`;
  // The temp tables are ANALYZEd so joins get sane plans; a small sample is plenty for that.
  await tx.$executeRaw`SET LOCAL default_statistics_target = 10`;
  for (const statement of [...ratingStatements(p), ...issueStatements(p), ...(announce ? [announceStatement] : [])]) {
    const started = performance.now();
    await tx.$executeRaw(statement);
    onStep?.(`${statement.strings[0]?.trimStart().split(/\s/)[0]} ${stepName(statement)}`, performance.now() - started);
  }
}

async function runBatch(db: Db, p: BatchParams, onStep: BillRunInput["onStep"], announce: boolean): Promise<Counts> {
  let committing = 0;
  const counts = await db.$transaction(
    async (tx) => {
      await tx.$queryRaw`SELECT pg_advisory_xact_lock(hashtext(${LOCK_KEY}))::text`;
      await executeBatch(tx, p, onStep, announce);
      const [c] = await tx.$queryRaw<Counts[]>(batchCounts);
      const counts = { ...c!, accounts: p.accountIds.length - c!.accounts };
      await tx.billRun.update({
        where: { id: p.runId },
        data: {
          billCount: { increment: counts.bills },
          lineCount: { increment: counts.lines },
          cdrCount: { increment: counts.cdrs },
          unratedCount: { increment: counts.unrated },
        },
      });
      committing = performance.now();
      return counts;
    },
    { timeout: 60 * 60_000, maxWait: 5 * 60_000 },
  );
  onStep?.("COMMIT (deferred ledger checks)", performance.now() - committing);
  return counts;
}
