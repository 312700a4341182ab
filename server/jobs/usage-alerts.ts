// Usage alerts (every 15 minutes): tells the account holders (owners, admins, the billing role) and
// the service's assigned user when a service has used 50, 80 and 100 % of an allowance, and when it
// first roams, each once per service, period and threshold. The UsageAlert row is the "once": inserted
// ON CONFLICT DO NOTHING in the same transaction as the notices, and only an insert sends them.
// Where each service stands comes from the billing system; the alerts sent are the portal's record.
import { billHolderRoles } from "~/server/auth/principal";
import { depsFor } from "~/server/container";
import type { Db } from "~/server/db/client";
import { fixedClock } from "~/server/lib/clock";
import { notify } from "~/server/modules/notifications/notify";

export const USAGE_ALERTS_QUEUE = "usage-alerts";
const THRESHOLDS = [50, 80, 100] as const;
const ROAMING = "roaming";
const LINK = "/usage";

type Alert = { serviceId: string; period: string; topic: string; threshold: number };

export async function usageAlerts(db: Db, now: Date): Promise<{ candidates: number; sent: number }> {
  const { levels, roaming } = await depsFor(db, fixedClock(now)).billing.getUsageLevels({ asOf: now, minPercent: THRESHOLDS[0] });
  const candidates: Alert[] = [
    ...levels.flatMap((l) =>
      THRESHOLDS.filter((t) => l.percent >= t).map((threshold) => ({ serviceId: l.serviceId, period: l.period, topic: l.kind, threshold })),
    ),
    ...roaming.map((r) => ({ serviceId: r.serviceId, period: r.period, topic: ROAMING, threshold: 0 })),
  ];
  const fresh = await notYetSent(db, candidates);
  if (fresh.length === 0) return { candidates: candidates.length, sent: 0 };

  const services = await db.service.findMany({
    where: { id: { in: [...new Set(fresh.map((a) => a.serviceId))] } },
    select: {
      id: true,
      identifier: true,
      label: true,
      customerId: true,
      assignedUserId: true,
      customer: { select: { memberships: { where: { role: { in: [...billHolderRoles] } }, select: { userId: true } } } },
    },
  });
  let sent = 0;
  for (const service of services) {
    const recipients = [
      ...new Set([...service.customer.memberships.map((m) => m.userId), ...(service.assignedUserId ? [service.assignedUserId] : [])]),
    ];
    const name = service.label ?? service.identifier;
    sent += await db.$transaction(async (tx) => {
      let count = 0;
      for (const alert of fresh.filter((a) => a.serviceId === service.id)) {
        const inserted = await tx.$executeRaw`
          INSERT INTO "UsageAlert" ("serviceId", period, topic, threshold)
          VALUES (${alert.serviceId}::uuid, ${alert.period}, ${alert.topic}, ${alert.threshold})
          ON CONFLICT DO NOTHING`;
        if (inserted === 0 || !worthTelling(alert, fresh)) continue;
        for (const userId of recipients) {
          const recipient = { userId, customerId: service.customerId };
          if (alert.topic === ROAMING) await notify(tx, recipient, "usage.roaming", { service: name }, LINK);
          else await notify(tx, recipient, "usage.threshold", { service: name, percent: alert.threshold }, LINK);
        }
        count++;
      }
      return count;
    });
  }
  return { candidates: candidates.length, sent };
}

/**
 * Of the thresholds a line crossed since the last run, only the highest is told: "100 % used" says
 * all there is, and a first run after a quiet spell does not send three notices for one allowance.
 * The lower ones are still recorded, so they never come later either.
 */
function worthTelling(alert: Alert, fresh: Alert[]): boolean {
  if (alert.topic === ROAMING) return true;
  return !fresh.some(
    (a) => a.serviceId === alert.serviceId && a.period === alert.period && a.topic === alert.topic && a.threshold > alert.threshold,
  );
}

/** The candidates without a row yet, in one query (the insert still decides under concurrency). */
async function notYetSent(db: Db, alerts: Alert[]): Promise<Alert[]> {
  if (alerts.length === 0) return [];
  const rows = await db.$queryRaw<{ service_id: string; period: string; topic: string; threshold: number }[]>`
    SELECT c.service_id::text AS service_id, c.period, c.topic, c.threshold
    FROM unnest(${alerts.map((a) => a.serviceId)}::uuid[], ${alerts.map((a) => a.period)}::text[],
                ${alerts.map((a) => a.topic)}::text[], ${alerts.map((a) => a.threshold)}::int[]) AS c(service_id, period, topic, threshold)
    WHERE NOT EXISTS (SELECT 1 FROM "UsageAlert" x
                      WHERE x."serviceId" = c.service_id AND x.period = c.period AND x.topic = c.topic AND x.threshold = c.threshold)`;
  return rows.map((r) => ({ serviceId: r.service_id, period: r.period, topic: r.topic, threshold: r.threshold }));
}
