-- What a bill preview of an account reads changes only through the tables below. Each change bumps the account's
-- version (the catalogue's changes bump the all-zero id), so a preview computed at one version can be reused until it
-- moves (server/gateways/billing/preview-cache.ts). Bodies are E'' strings with \073 for a semicolon, as the migration
-- runner splits statements at semicolons.
CREATE TABLE "RatingVersion" (
  "billingAccountId" uuid PRIMARY KEY,
  version bigint NOT NULL DEFAULT 1
);

-- A preview rates inside a transaction that is always rolled back (billing.preview = on): its own writes change nothing.
-- One lock order (sorted ids), so two writers never deadlock on the versions.
CREATE FUNCTION rating_bump(accounts uuid[]) RETURNS void
LANGUAGE plpgsql AS E'
BEGIN
  IF current_setting(''billing.preview'', true) = ''on'' THEN RETURN\073 END IF\073
  INSERT INTO "RatingVersion" AS v ("billingAccountId")
  SELECT DISTINCT a FROM unnest(accounts) AS a WHERE a IS NOT NULL ORDER BY a
  ON CONFLICT ("billingAccountId") DO UPDATE SET version = v.version + 1\073
END
';

-- Rows that carry their account.
CREATE FUNCTION rating_bump_by_account() RETURNS trigger
LANGUAGE plpgsql AS E'
BEGIN
  IF TG_OP IN (''INSERT'', ''UPDATE'') THEN PERFORM rating_bump(ARRAY(SELECT "billingAccountId" FROM new_rows))\073 END IF\073
  IF TG_OP IN (''DELETE'', ''UPDATE'') THEN PERFORM rating_bump(ARRAY(SELECT "billingAccountId" FROM old_rows))\073 END IF\073
  RETURN NULL\073
END
';

-- Rows of a service: the service's account.
CREATE FUNCTION rating_bump_by_service() RETURNS trigger
LANGUAGE plpgsql AS E'
BEGIN
  IF TG_OP IN (''INSERT'', ''UPDATE'') THEN PERFORM rating_bump(ARRAY(SELECT s."billingAccountId" FROM "Service" s WHERE s.id IN (SELECT "serviceId" FROM new_rows)))\073 END IF\073
  IF TG_OP IN (''DELETE'', ''UPDATE'') THEN PERFORM rating_bump(ARRAY(SELECT s."billingAccountId" FROM "Service" s WHERE s.id IN (SELECT "serviceId" FROM old_rows)))\073 END IF\073
  RETURN NULL\073
END
';

-- The account itself.
CREATE FUNCTION rating_bump_by_id() RETURNS trigger
LANGUAGE plpgsql AS E'
BEGIN
  IF TG_OP IN (''INSERT'', ''UPDATE'') THEN PERFORM rating_bump(ARRAY(SELECT id FROM new_rows))\073 END IF\073
  IF TG_OP IN (''DELETE'', ''UPDATE'') THEN PERFORM rating_bump(ARRAY(SELECT id FROM old_rows))\073 END IF\073
  RETURN NULL\073
END
';

-- The catalogue: plans, add-ons, tariffs and their rates, VAT.
CREATE FUNCTION rating_bump_catalogue() RETURNS trigger
LANGUAGE plpgsql AS E'
BEGIN
  PERFORM rating_bump(ARRAY[''00000000-0000-0000-0000-000000000000''::uuid])\073
  RETURN NULL\073
END
';

-- Transition tables take one event per trigger: three per table.
CREATE TRIGGER "Service_rating_ins" AFTER INSERT ON "Service" REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION rating_bump_by_account();
CREATE TRIGGER "Service_rating_upd" AFTER UPDATE ON "Service" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION rating_bump_by_account();
CREATE TRIGGER "Service_rating_del" AFTER DELETE ON "Service" REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION rating_bump_by_account();
CREATE TRIGGER "OneTimeCharge_rating_ins" AFTER INSERT ON "OneTimeCharge" REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION rating_bump_by_account();
CREATE TRIGGER "OneTimeCharge_rating_upd" AFTER UPDATE ON "OneTimeCharge" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION rating_bump_by_account();
CREATE TRIGGER "OneTimeCharge_rating_del" AFTER DELETE ON "OneTimeCharge" REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION rating_bump_by_account();
CREATE TRIGGER "Discount_rating_ins" AFTER INSERT ON "Discount" REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION rating_bump_by_account();
CREATE TRIGGER "Discount_rating_upd" AFTER UPDATE ON "Discount" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION rating_bump_by_account();
CREATE TRIGGER "Discount_rating_del" AFTER DELETE ON "Discount" REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION rating_bump_by_account();
CREATE TRIGGER "Bill_rating_ins" AFTER INSERT ON "Bill" REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION rating_bump_by_account();
CREATE TRIGGER "Bill_rating_upd" AFTER UPDATE ON "Bill" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION rating_bump_by_account();
CREATE TRIGGER "Bill_rating_del" AFTER DELETE ON "Bill" REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION rating_bump_by_account();
CREATE TRIGGER "BillingAccount_rating_ins" AFTER INSERT ON "BillingAccount" REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION rating_bump_by_id();
CREATE TRIGGER "BillingAccount_rating_upd" AFTER UPDATE ON "BillingAccount" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION rating_bump_by_id();
CREATE TRIGGER "BillingAccount_rating_del" AFTER DELETE ON "BillingAccount" REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION rating_bump_by_id();
CREATE TRIGGER "UsageRecord_rating_ins" AFTER INSERT ON "UsageRecord" REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION rating_bump_by_service();
CREATE TRIGGER "UsageRecord_rating_upd" AFTER UPDATE ON "UsageRecord" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION rating_bump_by_service();
CREATE TRIGGER "UsageRecord_rating_del" AFTER DELETE ON "UsageRecord" REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION rating_bump_by_service();
CREATE TRIGGER "ServicePlanPeriod_rating_ins" AFTER INSERT ON "ServicePlanPeriod" REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION rating_bump_by_service();
CREATE TRIGGER "ServicePlanPeriod_rating_upd" AFTER UPDATE ON "ServicePlanPeriod" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION rating_bump_by_service();
CREATE TRIGGER "ServicePlanPeriod_rating_del" AFTER DELETE ON "ServicePlanPeriod" REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION rating_bump_by_service();
CREATE TRIGGER "ServiceAddOn_rating_ins" AFTER INSERT ON "ServiceAddOn" REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION rating_bump_by_service();
CREATE TRIGGER "ServiceAddOn_rating_upd" AFTER UPDATE ON "ServiceAddOn" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION rating_bump_by_service();
CREATE TRIGGER "ServiceAddOn_rating_del" AFTER DELETE ON "ServiceAddOn" REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION rating_bump_by_service();
CREATE TRIGGER "Plan_rating_any" AFTER INSERT OR UPDATE OR DELETE ON "Plan" FOR EACH STATEMENT EXECUTE FUNCTION rating_bump_catalogue();
CREATE TRIGGER "AddOn_rating_any" AFTER INSERT OR UPDATE OR DELETE ON "AddOn" FOR EACH STATEMENT EXECUTE FUNCTION rating_bump_catalogue();
CREATE TRIGGER "Tariff_rating_any" AFTER INSERT OR UPDATE OR DELETE ON "Tariff" FOR EACH STATEMENT EXECUTE FUNCTION rating_bump_catalogue();
CREATE TRIGGER "TariffRate_rating_any" AFTER INSERT OR UPDATE OR DELETE ON "TariffRate" FOR EACH STATEMENT EXECUTE FUNCTION rating_bump_catalogue();
CREATE TRIGGER "VatRate_rating_any" AFTER INSERT OR UPDATE OR DELETE ON "VatRate" FOR EACH STATEMENT EXECUTE FUNCTION rating_bump_catalogue();
