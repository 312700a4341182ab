-- The audit log is append-only: a row once written is never changed or removed (TRUNCATE, an operator's act on the
-- whole table, is left to the database owner). Bodies are E'' strings with \073 for a semicolon, as the migration
-- runner splits statements at semicolons.
CREATE FUNCTION audit_log_refuse_change() RETURNS trigger
LANGUAGE plpgsql AS E'
BEGIN
  RAISE EXCEPTION ''the audit log is append-only: % refused'', TG_OP USING ERRCODE = ''insufficient_privilege''\073
END
';

CREATE TRIGGER "AuditLog_append_only" BEFORE UPDATE OR DELETE ON "AuditLog"
FOR EACH ROW EXECUTE FUNCTION audit_log_refuse_change();

CREATE INDEX "AuditLog_customerId_id_idx" ON "AuditLog"("customerId", "id");
