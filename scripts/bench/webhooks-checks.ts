// What must hold after the deliveries, read straight from the tables: each PaymentIntent booked once in the billing
// ledger (LedgerPosting is keyed "payment:<PaymentIntent id>"; a bill has one payment here, so also once per bill),
// the money equal to what was charged, every bill settled, one notice per payment and every event recorded.
import type pg from "pg";

export type LedgerFigures = {
  attempts: number;
  succeeded: number;
  postings: number;
  duplicatesByIntent: number;
  duplicatesByBill: number;
  missing: number;
  cashMinor: bigint;
  attemptedMinor: bigint;
  billsOwing: number;
  notices: number;
  events: number;
};

export async function ledgerChecks(client: pg.ClientBase): Promise<LedgerFigures> {
  const {
    rows: [r],
  } = await client.query(
    `WITH per_intent AS (
       SELECT a."paymentIntentId",
              (SELECT count(*) FROM "LedgerPosting" p WHERE p."idempotencyKey" = 'payment:' || a."paymentIntentId") AS n
       FROM "PaymentAttempt" a WHERE a."paymentIntentId" IS NOT NULL),
     per_bill AS (SELECT "billId", count(*) AS n FROM "LedgerPosting" WHERE kind = 'payment' GROUP BY "billId")
     SELECT
       (SELECT count(*) FROM "PaymentAttempt")::int AS attempts,
       (SELECT count(*) FROM "PaymentAttempt" WHERE status = 'succeeded')::int AS succeeded,
       (SELECT count(*) FROM "LedgerPosting" WHERE kind = 'payment')::int AS postings,
       (SELECT coalesce(sum(n - 1), 0) FROM per_intent WHERE n > 1)::int AS "duplicatesByIntent",
       (SELECT coalesce(sum(n - 1), 0) FROM per_bill WHERE n > 1)::int AS "duplicatesByBill",
       ((SELECT count(*) FROM per_intent WHERE n = 0) + (SELECT count(*) FROM "PaymentAttempt" WHERE "paymentIntentId" IS NULL))::int
         AS missing,
       (SELECT coalesce(sum(e."amountMinor"), 0) FROM "LedgerEntry" e JOIN "LedgerPosting" p ON p.id = e."postingId"
        WHERE p.kind = 'payment' AND e.account = 'cash')::bigint AS "cashMinor",
       (SELECT coalesce(sum("amountMinor"), 0) FROM "PaymentAttempt")::bigint AS "attemptedMinor",
       (SELECT count(*) FROM (SELECT e."billId" FROM "LedgerEntry" e WHERE e.account = 'receivable'
          AND e."billId" IN (SELECT "billId" FROM "PaymentAttempt") GROUP BY e."billId" HAVING sum(e."amountMinor") <> 0) x)::int
         AS "billsOwing",
       (SELECT count(*) FROM "Notification" WHERE kind = 'payment.received')::int AS notices,
       (SELECT count(*) FROM "PaymentEvent")::int AS events`,
  );
  return { ...r, cashMinor: BigInt(r.cashMinor), attemptedMinor: BigInt(r.attemptedMinor) } as LedgerFigures;
}
