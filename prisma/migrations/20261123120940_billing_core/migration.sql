-- CreateEnum
CREATE TYPE "UsageKind" AS ENUM ('voice', 'sms', 'data');

-- CreateEnum
CREATE TYPE "UsageZone" AS ENUM ('national', 'international', 'roaming_eu', 'roaming_world', 'premium');

-- CreateEnum
CREATE TYPE "BillStatus" AS ENUM ('issued', 'partially_paid', 'paid', 'overdue');

-- CreateEnum
CREATE TYPE "BillLineKind" AS ENUM ('recurring', 'usage', 'one_time', 'discount', 'tax');

-- CreateEnum
CREATE TYPE "DiscountKind" AS ENUM ('percent', 'fixed');

-- CreateEnum
CREATE TYPE "BillRunStatus" AS ENUM ('running', 'completed', 'failed');

-- CreateEnum
CREATE TYPE "LedgerAccount" AS ENUM ('receivable', 'revenue', 'vat_payable', 'cash');

-- CreateEnum
CREATE TYPE "PostingKind" AS ENUM ('bill', 'credit_note', 'payment', 'refund');

-- CreateTable
CREATE TABLE "Tariff" (
    "planId" UUID NOT NULL,
    "voiceSeconds" INTEGER,
    "smsCount" INTEGER,
    "dataBytes" BIGINT,

    CONSTRAINT "Tariff_pkey" PRIMARY KEY ("planId")
);

-- CreateTable
CREATE TABLE "TariffRate" (
    "planId" UUID NOT NULL,
    "kind" "UsageKind" NOT NULL,
    "zone" "UsageZone" NOT NULL,
    "priceMicro" BIGINT NOT NULL,
    "unitSize" INTEGER NOT NULL,
    "fromAllowance" BOOLEAN NOT NULL,

    CONSTRAINT "TariffRate_pkey" PRIMARY KEY ("planId","kind","zone")
);

-- CreateTable
CREATE TABLE "AddOn" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "monthlyFeeMinor" INTEGER NOT NULL,
    "voiceSeconds" INTEGER NOT NULL DEFAULT 0,
    "smsCount" INTEGER NOT NULL DEFAULT 0,
    "dataBytes" BIGINT NOT NULL DEFAULT 0,

    CONSTRAINT "AddOn_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ServiceAddOn" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "serviceId" UUID NOT NULL,
    "addOnId" UUID NOT NULL,
    "startDate" DATE NOT NULL,
    "endDate" DATE,

    CONSTRAINT "ServiceAddOn_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ServicePlanPeriod" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "serviceId" UUID NOT NULL,
    "planId" UUID NOT NULL,
    "startDate" DATE NOT NULL,
    "endDate" DATE,

    CONSTRAINT "ServicePlanPeriod_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "VatRate" (
    "country" CHAR(2) NOT NULL,
    "validFrom" DATE NOT NULL,
    "rateBasisPoints" INTEGER NOT NULL,

    CONSTRAINT "VatRate_pkey" PRIMARY KEY ("country","validFrom")
);

-- CreateTable
CREATE TABLE "UsageRecord" (
    "id" BIGSERIAL NOT NULL,
    "serviceId" UUID NOT NULL,
    "kind" "UsageKind" NOT NULL,
    "zone" "UsageZone" NOT NULL,
    "startedAt" TIMESTAMP(3) NOT NULL,
    "quantity" BIGINT NOT NULL,
    "destination" TEXT,
    "importId" BIGINT,

    CONSTRAINT "UsageRecord_pkey" PRIMARY KEY ("serviceId","startedAt","id")
) PARTITION BY RANGE ("startedAt"); -- hand edit: monthly partitions, see the end of this file

-- CreateTable
CREATE TABLE "UsageImport" (
    "id" BIGSERIAL NOT NULL,
    "fileName" TEXT NOT NULL,
    "sha256" TEXT NOT NULL,
    "rowCount" INTEGER NOT NULL,
    "importedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "UsageImport_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "OneTimeCharge" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "billingAccountId" UUID NOT NULL,
    "serviceId" UUID,
    "description" TEXT NOT NULL,
    "amountMinor" BIGINT NOT NULL,
    "chargeDate" DATE NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "OneTimeCharge_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Discount" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "billingAccountId" UUID NOT NULL,
    "serviceId" UUID,
    "description" TEXT NOT NULL,
    "kind" "DiscountKind" NOT NULL,
    "percentBp" INTEGER,
    "amountMinor" BIGINT,
    "startDate" DATE NOT NULL,
    "endDate" DATE,

    CONSTRAINT "Discount_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "BillRun" (
    "id" BIGSERIAL NOT NULL,
    "period" CHAR(7) NOT NULL,
    "billingAccountId" UUID,
    "status" "BillRunStatus" NOT NULL DEFAULT 'running',
    "startedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "finishedAt" TIMESTAMP(3),
    "billCount" INTEGER NOT NULL DEFAULT 0,
    "lineCount" INTEGER NOT NULL DEFAULT 0,
    "cdrCount" BIGINT NOT NULL DEFAULT 0,
    "unratedCount" BIGINT NOT NULL DEFAULT 0,
    "error" TEXT,

    CONSTRAINT "BillRun_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Bill" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "number" TEXT NOT NULL,
    "billingAccountId" UUID NOT NULL,
    "billRunId" BIGINT NOT NULL,
    "period" CHAR(7) NOT NULL,
    "periodStart" DATE NOT NULL,
    "periodEnd" DATE NOT NULL,
    "issueDate" DATE NOT NULL,
    "dueDate" DATE NOT NULL,
    "currency" CHAR(3) NOT NULL,
    "vatRateBp" INTEGER NOT NULL,
    "netMinor" BIGINT NOT NULL,
    "taxMinor" BIGINT NOT NULL,
    "totalMinor" BIGINT NOT NULL,
    "status" "BillStatus" NOT NULL DEFAULT 'issued',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Bill_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "BillLine" (
    "id" BIGSERIAL NOT NULL,
    "billId" UUID NOT NULL,
    "serviceId" UUID,
    "costCentreId" UUID,
    "kind" "BillLineKind" NOT NULL,
    "usageKind" "UsageKind",
    "zone" "UsageZone",
    "planId" UUID,
    "addOnId" UUID,
    "discountId" UUID,
    "oneTimeChargeId" UUID,
    "description" TEXT NOT NULL,
    "quantity" BIGINT,
    "startDate" DATE,
    "endDate" DATE,
    "amountMinor" BIGINT NOT NULL,

    CONSTRAINT "BillLine_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RatedUsage" (
    "billId" UUID NOT NULL,
    "serviceId" UUID NOT NULL,
    "planId" UUID NOT NULL,
    "segmentStart" DATE NOT NULL,
    "kind" "UsageKind" NOT NULL,
    "zone" "UsageZone" NOT NULL,
    "cdrCount" INTEGER NOT NULL,
    "allowance" BIGINT,
    "quantity" BIGINT NOT NULL,
    "includedQuantity" BIGINT NOT NULL,
    "chargedQuantity" BIGINT NOT NULL,
    "priceMicro" BIGINT NOT NULL,
    "unitSize" INTEGER NOT NULL,
    "amountMinor" BIGINT NOT NULL,

    CONSTRAINT "RatedUsage_pkey" PRIMARY KEY ("billId","serviceId","segmentStart","kind","zone")
);

-- CreateTable
CREATE TABLE "CreditNote" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "number" TEXT NOT NULL,
    "billId" UUID NOT NULL,
    "billingAccountId" UUID NOT NULL,
    "reason" TEXT NOT NULL,
    "netMinor" BIGINT NOT NULL,
    "taxMinor" BIGINT NOT NULL,
    "totalMinor" BIGINT NOT NULL,
    "issuedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CreditNote_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "LedgerPosting" (
    "id" BIGSERIAL NOT NULL,
    "kind" "PostingKind" NOT NULL,
    "billingAccountId" UUID NOT NULL,
    "idempotencyKey" TEXT NOT NULL,
    "billId" UUID,
    "creditNoteId" UUID,
    "description" TEXT,
    "postedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "LedgerPosting_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "LedgerEntry" (
    "id" BIGSERIAL NOT NULL,
    "postingId" BIGINT NOT NULL,
    "account" "LedgerAccount" NOT NULL,
    "billingAccountId" UUID NOT NULL,
    "billId" UUID,
    "amountMinor" BIGINT NOT NULL,

    CONSTRAINT "LedgerEntry_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "AddOn_code_key" ON "AddOn"("code");

-- CreateIndex
CREATE INDEX "ServiceAddOn_serviceId_idx" ON "ServiceAddOn"("serviceId");

-- CreateIndex
CREATE INDEX "ServicePlanPeriod_serviceId_startDate_idx" ON "ServicePlanPeriod"("serviceId", "startDate");

-- CreateIndex
CREATE UNIQUE INDEX "UsageImport_sha256_key" ON "UsageImport"("sha256");

-- CreateIndex
CREATE INDEX "OneTimeCharge_billingAccountId_chargeDate_idx" ON "OneTimeCharge"("billingAccountId", "chargeDate");

-- CreateIndex
CREATE INDEX "Discount_billingAccountId_idx" ON "Discount"("billingAccountId");

-- CreateIndex
CREATE UNIQUE INDEX "Bill_number_key" ON "Bill"("number");

-- CreateIndex
CREATE UNIQUE INDEX "Bill_billingAccountId_period_key" ON "Bill"("billingAccountId", "period");

-- CreateIndex
CREATE UNIQUE INDEX "BillLine_oneTimeChargeId_key" ON "BillLine"("oneTimeChargeId");

-- CreateIndex
CREATE INDEX "BillLine_billId_idx" ON "BillLine"("billId");

-- CreateIndex
CREATE UNIQUE INDEX "CreditNote_number_key" ON "CreditNote"("number");

-- CreateIndex
CREATE INDEX "CreditNote_billId_idx" ON "CreditNote"("billId");

-- CreateIndex
CREATE UNIQUE INDEX "LedgerPosting_idempotencyKey_key" ON "LedgerPosting"("idempotencyKey");

-- CreateIndex
CREATE INDEX "LedgerEntry_postingId_idx" ON "LedgerEntry"("postingId");

-- CreateIndex
CREATE INDEX "LedgerEntry_billingAccountId_account_idx" ON "LedgerEntry"("billingAccountId", "account");

-- CreateIndex
CREATE INDEX "LedgerEntry_billId_idx" ON "LedgerEntry"("billId");

-- AddForeignKey
ALTER TABLE "TariffRate" ADD CONSTRAINT "TariffRate_planId_fkey" FOREIGN KEY ("planId") REFERENCES "Tariff"("planId") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ServiceAddOn" ADD CONSTRAINT "ServiceAddOn_addOnId_fkey" FOREIGN KEY ("addOnId") REFERENCES "AddOn"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OneTimeCharge" ADD CONSTRAINT "OneTimeCharge_billingAccountId_fkey" FOREIGN KEY ("billingAccountId") REFERENCES "BillingAccount"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Discount" ADD CONSTRAINT "Discount_billingAccountId_fkey" FOREIGN KEY ("billingAccountId") REFERENCES "BillingAccount"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Bill" ADD CONSTRAINT "Bill_billingAccountId_fkey" FOREIGN KEY ("billingAccountId") REFERENCES "BillingAccount"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Bill" ADD CONSTRAINT "Bill_billRunId_fkey" FOREIGN KEY ("billRunId") REFERENCES "BillRun"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CreditNote" ADD CONSTRAINT "CreditNote_billId_fkey" FOREIGN KEY ("billId") REFERENCES "Bill"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CreditNote" ADD CONSTRAINT "CreditNote_billingAccountId_fkey" FOREIGN KEY ("billingAccountId") REFERENCES "BillingAccount"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LedgerPosting" ADD CONSTRAINT "LedgerPosting_billingAccountId_fkey" FOREIGN KEY ("billingAccountId") REFERENCES "BillingAccount"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LedgerEntry" ADD CONSTRAINT "LedgerEntry_postingId_fkey" FOREIGN KEY ("postingId") REFERENCES "LedgerPosting"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- ───────────────────────── hand-written: what the Prisma schema cannot express ─────────────────────────
-- The Prisma CLI here applies scripts through @prisma/adapter-pg, which splits a script at every
-- semicolon, even inside $$ bodies. So PL/pgSQL bodies are E'' strings that spell each statement
-- end as \073 (an octal escape of the semicolon): the same text reaches PostgreSQL, no raw semicolon
-- reaches the splitter. Do not put a semicolon inside a body or comment of this file.

-- UsageRecord partitions: one per calendar month (UTC). No DEFAULT partition on purpose: a CDR for a
-- month without a partition fails loudly instead of landing where a later partition could not be
-- created. Importers call billing_ensure_usage_partitions for the months they write.
CREATE FUNCTION billing_ensure_usage_partitions(from_month date, to_month date) RETURNS integer
LANGUAGE plpgsql AS E'
DECLARE
  m date := date_trunc(''month'', from_month)::date\073
  created integer := 0\073
  part text\073
BEGIN
  PERFORM pg_advisory_xact_lock(hashtext(''billing_ensure_usage_partitions''))\073
  WHILE m <= to_month LOOP
    part := format(''UsageRecord_%s'', to_char(m, ''YYYY_MM''))\073
    IF to_regclass(format(''public.%I'', part)) IS NULL THEN
      EXECUTE format(''CREATE TABLE public.%I PARTITION OF public."UsageRecord" FOR VALUES FROM (%L) TO (%L)'',
                     part, m, (m + interval ''1 month'')::date)\073
      created := created + 1\073
    END IF\073
    m := (m + interval ''1 month'')::date\073
  END LOOP\073
  RETURN created\073
END';

SELECT billing_ensure_usage_partitions('2025-01-01', '2027-12-01');

-- Time-ordered UUIDs (version 7: milliseconds since the epoch, then random bits) for bill ids: each
-- bill run's ids sort after every earlier one, so the indexes led by a bill id grow at their right
-- edge instead of taking random inserts across years of history. (PostgreSQL 18 has uuidv7() built
-- in. This one also runs on older servers.)
CREATE FUNCTION billing_uuid_v7() RETURNS uuid
LANGUAGE sql VOLATILE PARALLEL SAFE AS $$
  SELECT encode(set_bit(set_bit(overlay(uuid_send(gen_random_uuid())
    PLACING substring(int8send(floor(extract(epoch FROM clock_timestamp()) * 1000)::bigint) FROM 3) FROM 1 FOR 6), 52, 1), 53, 1), 'hex')::uuid
$$;

-- The one rounding rule: n/d rounded half away from zero, exactly (numeric integer division, no floats).
CREATE FUNCTION billing_div_round(n numeric, d numeric) RETURNS numeric
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$ SELECT sign(n) * div(2 * abs(n) + d, 2 * d) $$;

-- Ledger, bill lines, rated usage, credit notes: rows never change. Corrections are new rows.
CREATE FUNCTION billing_reject_change() RETURNS trigger
LANGUAGE plpgsql AS E'
BEGIN
  RAISE EXCEPTION ''% rows are immutable (% refused): post a correction instead'', TG_TABLE_NAME, TG_OP
    USING ERRCODE = ''restrict_violation''\073
END';

CREATE TRIGGER "LedgerEntry_immutable" BEFORE UPDATE OR DELETE ON "LedgerEntry"
  FOR EACH ROW EXECUTE FUNCTION billing_reject_change();
CREATE TRIGGER "LedgerPosting_immutable" BEFORE UPDATE OR DELETE ON "LedgerPosting"
  FOR EACH ROW EXECUTE FUNCTION billing_reject_change();
CREATE TRIGGER "BillLine_immutable" BEFORE UPDATE OR DELETE ON "BillLine"
  FOR EACH ROW EXECUTE FUNCTION billing_reject_change();
CREATE TRIGGER "RatedUsage_immutable" BEFORE UPDATE OR DELETE ON "RatedUsage"
  FOR EACH ROW EXECUTE FUNCTION billing_reject_change();
CREATE TRIGGER "CreditNote_immutable" BEFORE UPDATE OR DELETE ON "CreditNote"
  FOR EACH ROW EXECUTE FUNCTION billing_reject_change();

-- Each posting's entries sum to zero, checked at commit so that one transaction may insert a
-- posting's entries in several statements.
CREATE FUNCTION billing_check_posting_balanced() RETURNS trigger
LANGUAGE plpgsql AS E'
DECLARE
  total numeric\073
BEGIN
  SELECT sum("amountMinor") INTO total FROM "LedgerEntry" WHERE "postingId" = NEW."postingId"\073
  IF total <> 0 THEN
    RAISE EXCEPTION ''ledger posting % does not balance: its entries sum to %'', NEW."postingId", total
      USING ERRCODE = ''check_violation''\073
  END IF\073
  RETURN NULL\073
END';

CREATE CONSTRAINT TRIGGER "LedgerEntry_balanced" AFTER INSERT ON "LedgerEntry"
  DEFERRABLE INITIALLY DEFERRED
  FOR EACH ROW EXECUTE FUNCTION billing_check_posting_balanced();

-- An issued bill never changes. Only its status follows payments (issued, partially_paid, paid, overdue).
CREATE FUNCTION billing_bill_immutable() RETURNS trigger
LANGUAGE plpgsql AS E'
BEGIN
  IF TG_OP = ''DELETE'' OR (to_jsonb(NEW) - ''status'') IS DISTINCT FROM (to_jsonb(OLD) - ''status'') THEN
    RAISE EXCEPTION ''issued bill % is immutable (% refused): issue a credit note instead'', OLD."number", TG_OP
      USING ERRCODE = ''restrict_violation''\073
  END IF\073
  RETURN NEW\073
END';

CREATE TRIGGER "Bill_immutable" BEFORE UPDATE OR DELETE ON "Bill"
  FOR EACH ROW EXECUTE FUNCTION billing_bill_immutable();

-- Reference data: standard VAT rates in basis points.
INSERT INTO "VatRate" ("country", "validFrom", "rateBasisPoints") VALUES
  ('CZ', '2013-01-01', 2100),
  ('SK', '2011-01-01', 2000),
  ('SK', '2025-01-01', 2300),
  ('DE', '2007-01-01', 1900),
  ('AT', '1984-01-01', 2000),
  ('PL', '2011-01-01', 2300);
