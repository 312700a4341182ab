// The issuing half of a bill-run batch: bill lines, bills, tax lines and ledger postings, each one
// INSERT … SELECT over the rated temp tables. Bill ids were drawn in br_account, so lines go in first
// and the bill totals are summed from what was inserted (RETURNING), not computed twice.
import { Prisma } from "~/server/db/generated/client";
import type { BatchParams } from "./bill-run-sql";

export const issueStatements = (p: BatchParams): Prisma.Sql[] => [
  Prisma.sql`CREATE TEMP TABLE br_total (bill_id uuid, net numeric, lines int) ON COMMIT DROP`,
  // Every non-tax line of the batch (same rules as rating-account.ts): plan fees per segment, add-on
  // fees, charged usage, discounts (percent per service, fixed per discount), unbilled one-time charges.
  Prisma.sql`WITH lines AS (
      INSERT INTO "BillLine" ("billId", "serviceId", "costCentreId", kind, "usageKind", zone, "planId", "addOnId", "discountId",
                              "oneTimeChargeId", description, quantity, "startDate", "endDate", "amountMinor")
      SELECT * FROM (
      SELECT g.bill_id, g.service_id, g.cost_centre_id, 'recurring'::"BillLineKind", NULL::"UsageKind", NULL::"UsageZone", g.plan_id,
             NULL::uuid, NULL::uuid, NULL::uuid, g.plan_name, g.days::bigint, g.seg_start, g.seg_end,
             billing_div_round(g.fee::numeric * g.days, g.pdays)::bigint
      FROM br_segment g
      UNION ALL
      SELECT g.bill_id, sa."serviceId", g.cost_centre_id, 'recurring', NULL, NULL, NULL, ao.id, NULL, NULL,
             ao.name, sum(o.days)::bigint, greatest(sa."startDate", g.ps), least(coalesce(sa."endDate", g.pe), g.pe),
             billing_div_round(ao."monthlyFeeMinor"::numeric * sum(o.days), g.pdays)::bigint
      FROM "ServiceAddOn" sa JOIN "AddOn" ao ON ao.id = sa."addOnId" JOIN br_segment g ON g.service_id = sa."serviceId"
      CROSS JOIN LATERAL (SELECT greatest(0, least(coalesce(sa."endDate", g.seg_end), g.seg_end) - greatest(sa."startDate", g.seg_start))
      AS days) o
      GROUP BY sa.id, ao.id, g.bill_id, g.cost_centre_id, g.ps, g.pe, g.pdays
      HAVING sum(o.days) > 0
      UNION ALL
      SELECT c.bill_id, c.service_id, g.cost_centre_id, 'usage', c.kind, c.zone, g.plan_id, NULL, NULL, NULL,
             g.plan_name, c.charged, c.seg_start, NULL, c.amount
      FROM br_charged c JOIN br_segment g ON g.service_id = c.service_id AND g.seg_start = c.seg_start
      UNION ALL
      SELECT a.bill_id, g.service_id, g.cost_centre_id, 'discount', NULL, NULL, NULL, NULL, d.id, NULL,
             d.description, sum(o.days)::bigint, greatest(d."startDate", a.ps), least(coalesce(d."endDate", a.pe), a.pe),
             -billing_div_round(sum(g.fee::numeric * o.days * coalesce(d."percentBp", 0)), a.pdays * 10000::numeric)::bigint
      FROM "Discount" d JOIN br_account a ON a.id = d."billingAccountId"
      JOIN br_segment g ON g.account_id = a.id AND (d."serviceId" IS NULL OR d."serviceId" = g.service_id)
      CROSS JOIN LATERAL (SELECT greatest(0, least(coalesce(d."endDate", g.seg_end), g.seg_end) - greatest(d."startDate", g.seg_start))
      AS days) o
      WHERE d.kind = 'percent'
      GROUP BY a.bill_id, a.ps, a.pe, a.pdays, g.service_id, g.cost_centre_id, d.id
      HAVING sum(o.days) > 0
      UNION ALL
      SELECT a.bill_id, d."serviceId", s."costCentreId", 'discount', NULL, NULL, NULL, NULL, d.id, NULL,
             d.description, NULL, greatest(d."startDate", a.ps), least(coalesce(d."endDate", a.pe), a.pe), -coalesce(d."amountMinor", 0)
      FROM "Discount" d JOIN br_account a ON a.id = d."billingAccountId"
      LEFT JOIN "Service" s ON s.id = d."serviceId" AND s."billingAccountId" = a.id
      WHERE d.kind = 'fixed' AND d."startDate" < a.pe AND coalesce(d."endDate", a.pe) > a.ps AND d."startDate" < coalesce(d."endDate", a.pe)
      UNION ALL
      SELECT a.bill_id, c."serviceId", s."costCentreId", 'one_time', NULL, NULL, NULL, NULL, NULL, c.id,
             c.description, NULL, c."chargeDate", NULL, c."amountMinor"
      FROM "OneTimeCharge" c JOIN br_account a ON a.id = c."billingAccountId"
      LEFT JOIN "Service" s ON s.id = c."serviceId" AND s."billingAccountId" = a.id
      WHERE c."chargeDate" < a.pe AND NOT EXISTS (SELECT 1 FROM "BillLine" bl WHERE bl."oneTimeChargeId" = c.id)
      ) l ORDER BY 1
      RETURNING "billId", "amountMinor"
    )
    INSERT INTO br_total SELECT "billId", sum("amountMinor"), count(*) FROM lines GROUP BY 1`,

  // A bill for every account with lines: net = Σ lines, VAT rounded once per bill. No ON CONFLICT:
  // accounts already billed were left out under the bill-run lock, so a duplicate here is a bug and
  // must fail the batch rather than leave lines without their bill.
  Prisma.sql`CREATE TEMP TABLE br_bill (id uuid, account_id uuid, net bigint, tax bigint, total bigint, vat_bp int) ON COMMIT DROP`,
  Prisma.sql`WITH bills AS (
      INSERT INTO "Bill" (id, number, "billingAccountId", "billRunId", period, "periodStart", "periodEnd", "issueDate", "dueDate",
                          currency, "vatRateBp", "netMinor", "taxMinor", "totalMinor")
      SELECT a.bill_id, a.number || '/' || ${p.period}, a.id, ${p.runId}, ${p.period}, a.ps, a.pe, ${p.issueDate}::date,
             ${p.dueDate}::date, a.currency, a.vat_bp, t.net, x.tax, t.net + x.tax
      FROM br_total t JOIN br_account a ON a.bill_id = t.bill_id
      CROSS JOIN LATERAL (SELECT billing_div_round(t.net * a.vat_bp, 10000)::bigint AS tax) x
      ORDER BY a.bill_id
      RETURNING id, "billingAccountId", "netMinor", "taxMinor", "totalMinor", "vatRateBp"
    )
    INSERT INTO br_bill SELECT * FROM bills`,
  Prisma.sql`INSERT INTO "BillLine" ("billId", kind, description, quantity, "amountMinor")
    SELECT id, 'tax', 'VAT', vat_bp, tax FROM br_bill ORDER BY id`,

  // Issuing posts, dated the issue date: receivable (debit) = revenue (credit, net) + VAT payable (credit, tax).
  Prisma.sql`WITH posting AS (
      INSERT INTO "LedgerPosting" (kind, "billingAccountId", "idempotencyKey", "billId", description, "postedAt")
      SELECT 'bill', account_id, 'bill:' || id, id, 'bill issued', ${p.issueDate}::date::timestamp FROM br_bill ORDER BY id
      RETURNING id, "billingAccountId", "billId"
    )
    INSERT INTO "LedgerEntry" ("postingId", account, "billingAccountId", "billId", "amountMinor")
    SELECT p.id, e.account, p."billingAccountId", p."billId", e.amount
    FROM posting p JOIN br_bill b ON b.id = p."billId"
    CROSS JOIN LATERAL (VALUES ('receivable'::"LedgerAccount", b.total), ('revenue', -b.net), ('vat_payable', -b.tax)) e(account, amount)
    WHERE e.amount <> 0
    ORDER BY p.id`,
];

/**
 * The feed: a CustomerBillCreateEvent per bill of the batch, in its transaction, so a bill is announced
 * exactly when it exists (the portal's handler tells its holders).
 */
export const announceStatement = Prisma.sql`INSERT INTO "BillingEvent" ("eventType", "eventTime", payload)
    SELECT 'CustomerBillCreateEvent', now(), jsonb_build_object('customerBill', jsonb_build_object(
             'id', b.id, 'billNo', bl.number, 'period', bl.period, 'billDate', to_char(bl."issueDate", 'YYYY-MM-DD'),
             'paymentDueDate', to_char(bl."dueDate", 'YYYY-MM-DD'),
             'billingAccount', jsonb_build_object('id', a.id, 'number', a.number, 'name', a.name),
             'relatedParty', jsonb_build_array(jsonb_build_object('id', a."customerId", 'role', 'customer')),
             'taxIncludedAmount', jsonb_build_object('amountMinor', b.total, 'currency', bl.currency)))
    FROM br_bill b JOIN "Bill" bl ON bl.id = b.id JOIN "BillingAccount" a ON a.id = b.account_id
    ORDER BY b.id`;

/** Counts of the batch, read before the temp tables drop at commit. */
export const batchCounts = Prisma.sql`SELECT
    (SELECT count(*) FROM br_bill)::int AS bills,
    (SELECT coalesce(sum(lines), 0) + count(*) FROM br_total)::int AS lines,
    (SELECT coalesce(sum(cdrs), 0) FROM br_usage)::bigint AS cdrs,
    (SELECT coalesce(sum(u.cdrs), 0) FROM br_usage u LEFT JOIN br_segment g ON g.seg_id = u.seg_key
     WHERE u.seg_key = 0 OR NOT EXISTS (SELECT 1 FROM "TariffRate" r WHERE r."planId" = g.plan_id AND r.kind = u.kind AND r.zone = u.zone)
    )::bigint AS unrated,
    (SELECT count(*) FROM br_account)::int AS accounts`;
