// The job worker process (`npm run worker`): wires pg-boss to the job functions. The logic lives
// in the job files, which take plain dependencies, so it is tested without a queue.
import PgBoss from "pg-boss";
import { createDb } from "~/server/db/client";
import { env } from "~/server/env";
import { logger } from "~/server/lib/logger";
import { createMailer } from "~/server/mail/mailer";
import { systemClock } from "~/server/lib/clock";
import { housekeeping } from "./housekeeping";
import { startOutboxRelay, type Enqueue } from "./outbox-relay";
import { createQueues, outboxTopics, queues } from "./queues";
import { markEmailFailed, sendEmail, type EmailJob } from "./send-email";
import { billCycle } from "./bill-cycle";
import { billingEventListener } from "./billing-notices";
import { dunning, restoreCleared } from "./dunning";
import { slaCredits } from "./sla-credits";
import { slaWatch } from "./sla-watch";
import { startEventRelay } from "./event-delivery";
import { billingFeedFor, depsFor, fulfilmentFeedFor, repairFeedFor } from "~/server/container";
import type { FulfilmentEvent } from "~/server/gateways/fulfilment/fulfilment-events";
import { advanceOrders } from "./fulfilment-orders";
import { startPolling } from "./polling";
import type { BillingEvent } from "~/server/gateways/billing/billing-events";
import type { RepairEvent } from "~/server/gateways/repair/repair-events";
import { cardsDeps } from "~/server/modules/payments/payment-deps";
import { chargeDueAutopay } from "~/server/modules/payments/use-cases/autopay";
import { fulfilmentEventListener, repairEventListener } from "~/server/modules/events/portal-listener";
import { USAGE_ALERTS_QUEUE, usageAlerts } from "./usage-alerts";

const errorText = (err: unknown) => (err instanceof Error ? err.message : String(err));

async function main() {
  logger.setLevel(env.LOG_LEVEL);
  if (!env.SMTP_URL) throw new Error("SMTP_URL is not set: the worker has nowhere to send e-mail (npm start sets up a local catcher)");
  const started = performance.now();
  const db = createDb(env.DATABASE_URL, 4);
  const mailer = createMailer(env.SMTP_URL);
  const boss = new PgBoss({ connectionString: env.DATABASE_URL, schema: "pgboss", max: 4 });
  boss.on("error", (err) => logger.error("pg-boss", { error: errorText(err) }));
  await boss.start();
  await createQueues(boss);

  const emailWorker = await boss.work<EmailJob>(queues.email, { pollingIntervalSeconds: 1 }, async (jobs) => {
    for (const job of jobs) {
      try {
        const outcome = await sendEmail(db, mailer, job.data.outboxId);
        logger.info("email", { outboxId: job.data.outboxId, outcome });
      } catch (err) {
        logger.warn("email attempt failed, pg-boss will retry", { outboxId: job.data.outboxId, error: errorText(err) });
        throw err;
      }
    }
  });
  await boss.work<EmailJob>(queues.emailFailed, async (jobs) => {
    for (const job of jobs) {
      await markEmailFailed(db, job.data.outboxId);
      logger.warn("email failed for good", { outboxId: job.data.outboxId });
    }
  });
  await boss.work(queues.housekeeping, async () => logger.info("housekeeping", await housekeeping(db)));
  await boss.schedule(queues.housekeeping, "0 * * * *", {}, { tz: "UTC" });
  await boss.work(queues.slaWatch, async () => {
    const result = await slaWatch({ repair: depsFor(db).repair }, systemClock.now());
    if (result.raised > 0) logger.info("sla-watch", result);
  });
  await boss.schedule(queues.slaWatch, "* * * * *", {}, { tz: "UTC" });
  await boss.work(queues.billCycle, async () => {
    const { runs, notified } = await billCycle(db, systemClock.now());
    logger.info("bill-cycle", { bills: runs.reduce((n, r) => n + r.bills, 0), periods: runs.map((r) => r.period), notified });
  });
  await boss.schedule(queues.billCycle, "0 2 * * *", {}, { tz: "UTC" });
  // Dunning after the bill run, so a payment that arrived overnight is counted first.
  await boss.work(queues.dunning, async () => logger.info("dunning", await dunning(db, systemClock.now())));
  await boss.schedule(queues.dunning, "0 6 * * *", {}, { tz: "UTC" });
  await boss.work(queues.dunningRestore, async () => {
    const result = await restoreCleared(db, systemClock.now());
    if (result.restored > 0) logger.info("dunning-restore", result);
  });
  await boss.schedule(queues.dunningRestore, "* * * * *", {}, { tz: "UTC" });
  // SLA credits after the bill run: they land on the bills of the month they were earned in.
  await boss.work(queues.slaCredits, async () => logger.info("sla-credits", await slaCredits(db, systemClock)));
  await boss.schedule(queues.slaCredits, "0 3 * * *", {}, { tz: "UTC" });
  await boss.work(queues.autopay, async () => {
    const result = await chargeDueAutopay(cardsDeps(depsFor(db)));
    if (result.charged + result.failed + result.skipped > 0) logger.info("autopay", result);
  });
  await boss.schedule(queues.autopay, "*/5 * * * *", {}, { tz: "UTC" });
  await boss.send(queues.billCycle, {});
  await boss.send(queues.dunning, {});
  // "singleton": one sweep at a time; no retries, the next quarter-hour catches up (the alert rows make sending once).
  const usageAlertsQueue = { name: USAGE_ALERTS_QUEUE, policy: "singleton", retryLimit: 0 } as const;
  await boss.createQueue(USAGE_ALERTS_QUEUE, usageAlertsQueue);
  await boss.updateQueue(USAGE_ALERTS_QUEUE, usageAlertsQueue);
  await boss.work(USAGE_ALERTS_QUEUE, async () => {
    const result = await usageAlerts(db, systemClock.now());
    if (result.sent > 0) logger.info("usage-alerts", result);
  });
  await boss.schedule(USAGE_ALERTS_QUEUE, "*/15 * * * *", {}, { tz: "UTC" });

  const enqueue: Enqueue = async (topic, outboxId) => {
    const options = outboxTopics[topic];
    if (!options) throw new Error(`no queue for outbox topic "${topic}"`);
    // null means a waiting job for this row already exists (policy "short"): nothing to add.
    await boss.send(topic, { outboxId }, { ...options, singletonKey: outboxId });
  };
  const onRepairEvent = repairEventListener(db);
  await boss.work<RepairEvent>(queues.repairEvents, async (jobs) => {
    for (const job of jobs) await onRepairEvent(job.data);
  });
  const events = startEventRelay([repairFeedFor(db)], async (event) => {
    await boss.send(queues.repairEvents, event, { singletonKey: event.eventId });
  });
  // The billing feed: bills issued (the bill cycle also drains it right after its run).
  const onBillingEvent = billingEventListener(db);
  await boss.work<BillingEvent>(queues.billingEvents, async (jobs) => {
    for (const job of jobs) await onBillingEvent(job.data);
  });
  const billingEvents = startEventRelay([billingFeedFor(db)], async (event) => {
    await boss.send(queues.billingEvents, event, { singletonKey: event.eventId });
  });
  // The fulfilment system: orders reach their due milestones every two seconds (timings are seconds by default);
  // its feed tells the portal, which notifies the customer of each milestone.
  const orders = startPolling("fulfilment-orders", async () => void (await advanceOrders(depsFor(db), systemClock.now())), 2000);
  const onFulfilmentEvent = fulfilmentEventListener(db);
  await boss.work<FulfilmentEvent>(queues.fulfilmentEvents, async (jobs) => {
    for (const job of jobs) await onFulfilmentEvent(job.data);
  });
  const fulfilmentEvents = startEventRelay([fulfilmentFeedFor(db)], async (event) => {
    await boss.send(queues.fulfilmentEvents, event, { singletonKey: event.eventId });
  });
  // Wake the e-mail worker at once instead of waiting for its next poll.
  const relay = startOutboxRelay(db, enqueue, { intervalMs: 1000, onQueued: () => boss.notifyWorker(emailWorker) });

  logger.info("worker started", { queues: Object.values(queues), startupMs: Math.round(performance.now() - started) });

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info("worker stopping", { signal });
    await relay.stop();
    await events.stop();
    await billingEvents.stop();
    await orders.stop();
    await fulfilmentEvents.stop();
    // graceful: lets the job in hand finish (up to the timeout) before the connections close.
    await boss.stop({ graceful: true, wait: true, timeout: 15_000 });
    mailer.close();
    await db.$disconnect();
    process.exit(0);
  };
  process.on("SIGINT", () => void stop("SIGINT"));
  process.on("SIGTERM", () => void stop("SIGTERM"));
}

main().catch((err) => {
  logger.error("worker failed to start", { error: errorText(err) });
  process.exit(1);
});
