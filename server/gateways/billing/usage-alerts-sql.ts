// Where every service stands against its allowances right now, for the usage alerts: the bill-run
// rating statements over all accounts of a current period, in a transaction that is always rolled
// back (as the bill preview does for one account). Set-based: one pass per distinct current period
// (at most two: cycle days already passed this month and those not yet), never a call per account.
import type { Db } from "~/server/db/client";
import { ratingStatements } from "./bill-run-sql";
import type { AllowanceLevel, RoamingUse, UsageLevels } from "./billing-views";
import { billingPeriod, type UsageKind } from "./rating";

class RollBack extends Error {
  constructor(readonly result: UsageLevels) {
    super("usage levels rolled back");
  }
}

/** Levels at or above `minPercent`, and roaming, of every unbilled current period as of `now`. */
export async function currentUsageLevels(db: Db, now: Date, minPercent: number): Promise<UsageLevels> {
  const today = now.toISOString().slice(0, 10);
  const groups = await db.$queryRaw<{ period: string; ids: string[] }[]>`
    SELECT to_char(x.ps, 'YYYY-MM') AS period, array_agg(x.id)::text[] AS ids FROM (
      SELECT a.id, CASE WHEN extract(day FROM ${today}::date) >= least(greatest(a."billCycleDay", 1), 28)
                        THEN date_trunc('month', ${today}::date) ELSE date_trunc('month', ${today}::date) - interval '1 month' END AS ps
      FROM "BillingAccount" a
      WHERE EXISTS (SELECT 1 FROM "Service" s WHERE s."billingAccountId" = a.id AND s.status IN ('active', 'suspended'))
    ) x GROUP BY 1 ORDER BY 1`;
  const out = { levels: [] as AllowanceLevel[], roaming: [] as RoamingUse[] };
  for (const g of groups) {
    const part = await levelsOf(db, g.period, g.ids, minPercent);
    out.levels.push(...part.levels);
    out.roaming.push(...part.roaming);
  }
  return out;
}

async function levelsOf(db: Db, period: string, accountIds: string[], minPercent: number) {
  const [year, month] = period.split("-").map(Number) as [number, number];
  const from = `${period}-01`;
  const to = billingPeriod(period, 28).end;
  try {
    await db.$transaction(
      async (tx) => {
        await tx.$executeRaw`SET LOCAL work_mem = '256MB'`;
        // runId, issueDate and dueDate are not read by the rating statements: nothing is issued here.
        for (const statement of ratingStatements({
          period,
          year,
          month,
          accountIds,
          from,
          to,
          runId: 0n,
          issueDate: from,
          dueDate: from,
        })) {
          await tx.$executeRaw(statement);
        }
        // Per meter (service, plan period, kind): the latest plan period's allowance is the one being used up.
        const levels = await tx.$queryRaw<{ service_id: string; kind: UsageKind; percent: number }[]>`
        SELECT service_id, kind, percent FROM (
          SELECT DISTINCT ON (r."serviceId", r.kind) r."serviceId"::text AS service_id, r.kind,
                 least(100, floor(sum(r."includedQuantity") * 100 / max(r.allowance)))::int AS percent
          FROM "RatedUsage" r JOIN br_account a ON a.bill_id = r."billId"
          WHERE r.allowance > 0
          GROUP BY r."serviceId", r."segmentStart", r.kind
          ORDER BY r."serviceId", r.kind, r."segmentStart" DESC
        ) m WHERE percent >= ${minPercent}`;
        const roaming = await tx.$queryRaw<{ service_id: string }[]>`
        SELECT w.service_id::text AS service_id FROM br_window w
        WHERE EXISTS (SELECT 1 FROM "UsageRecord" u
                      WHERE u."serviceId" = w.service_id AND u.zone IN ('roaming_eu', 'roaming_world')
                        AND u."startedAt" >= ${from}::timestamp AND u."startedAt" < ${to}::timestamp
                        AND u."startedAt" >= w.ps AND u."startedAt" < w.pe)`;
        throw new RollBack({
          levels: levels.map((l) => ({ serviceId: l.service_id, period, kind: l.kind, percent: l.percent })),
          roaming: roaming.map((r) => ({ serviceId: r.service_id, period })),
        });
      },
      { timeout: 10 * 60_000, maxWait: 60_000 },
    );
  } catch (err) {
    if (err instanceof RollBack) return err.result;
    throw err;
  }
  return { levels: [], roaming: [] };
}
