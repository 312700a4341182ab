// Queue names and their delivery rules, shared by the worker and whoever enqueues.
import type PgBoss from "pg-boss";

export const queues = {
  email: "email",
  /** pg-boss moves an e-mail job here once its retries are used up */
  emailFailed: "email-failed",
  housekeeping: "housekeeping",
  slaWatch: "sla-watch",
  billCycle: "bill-cycle",
  dunning: "dunning",
  dunningRestore: "dunning-restore",
  slaCredits: "sla-credits",
  /** one job per event of a system's feed (repair), for the portal's listener */
  repairEvents: "repair-events",
  billingEvents: "billing-events",
  autopay: "autopay",
  fulfilmentEvents: "fulfilment-events",
} as const;

/** 6 attempts spread over roughly 5–10 minutes: rides out a short SMTP outage. */
const emailRetry = { retryLimit: 5, retryDelay: 10, retryBackoff: true } as const;

const definitions: PgBoss.Queue[] = [
  // The dead-letter queue must exist before a queue can name it.
  { name: queues.emailFailed },
  // "short": at most one *waiting* job per singletonKey, so a relay that re-sends an outbox row
  // (its status update was lost) does not queue a second job while the first still waits.
  { name: queues.email, policy: "short", ...emailRetry, deadLetter: queues.emailFailed },
  // Deletes are idempotent: an overlapping or repeated run does no harm, so no special policy.
  { name: queues.housekeeping, retryLimit: 1 },
  // Every minute; "singleton": one sweep at a time, so a slow one is never overlapped by the next.
  // No retries: the next minute's sweep catches up (the flags make raising idempotent anyway).
  { name: queues.slaWatch, policy: "singleton", retryLimit: 0 },
  // Daily, and once when the worker starts (catching up after downtime); both are idempotent, and
  // "singleton" keeps the start-up run and the nightly one from overlapping.
  { name: queues.billCycle, policy: "singleton", retryLimit: 2, retryDelay: 300 },
  { name: queues.dunning, policy: "singleton", retryLimit: 2, retryDelay: 300 },
  // Every minute, like sla-watch: restoration follows a payment within minutes; the next minute catches up.
  { name: queues.dunningRestore, policy: "singleton", retryLimit: 0 },
  { name: queues.slaCredits, policy: "singleton", retryLimit: 2, retryDelay: 300 },
  // Every 5 minutes; each run is keyed by its bill at Stripe and in the ledger, so an overlap or retry charges once.
  { name: queues.autopay, policy: "singleton", retryLimit: 0 },
  // "short" + singletonKey = event id: a relay that re-sends an event adds no second waiting job; the
  // listener dedupes by event id anyway. Retries ride out a portal-side failure (the event is applied once).
  { name: queues.repairEvents, policy: "short", retryLimit: 10, retryDelay: 5, retryBackoff: true },
  { name: queues.billingEvents, policy: "short", retryLimit: 10, retryDelay: 5, retryBackoff: true },
  { name: queues.fulfilmentEvents, policy: "short", retryLimit: 10, retryDelay: 5, retryBackoff: true },
];

export async function createQueues(boss: PgBoss): Promise<void> {
  for (const q of definitions) {
    await boss.createQueue(q.name, q); // no-op when it exists…
    await boss.updateQueue(q.name, q); // …so apply changed settings explicitly
  }
}

/** Outbox topics the worker delivers, with their job options; a row with any other topic waits until one exists. */
export const outboxTopics: Readonly<Record<string, PgBoss.SendOptions>> = { [queues.email]: emailRetry };
