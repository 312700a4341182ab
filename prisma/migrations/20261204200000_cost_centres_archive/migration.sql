-- Cost centres can be archived: an archived centre keeps its lines and its history on bills, but no line may be put in
-- it. Every path that moves or creates a line (portal, seed, fulfilment) is held to that by a trigger, not only the
-- admin's page. Bodies are E'' strings with \073 for a semicolon, as the migration runner splits statements at semicolons.
ALTER TABLE "CostCentre" ADD COLUMN "archivedAt" TIMESTAMP(3);

CREATE FUNCTION service_cost_centre_not_archived() RETURNS trigger
LANGUAGE plpgsql AS E'
BEGIN
  IF NEW."costCentreId" IS NOT NULL
     AND (TG_OP = ''INSERT'' OR NEW."costCentreId" IS DISTINCT FROM OLD."costCentreId")
     AND EXISTS (SELECT 1 FROM "CostCentre" c WHERE c.id = NEW."costCentreId" AND c."archivedAt" IS NOT NULL) THEN
    RAISE EXCEPTION ''cost centre % is archived'', NEW."costCentreId" USING ERRCODE = ''check_violation''\073
  END IF\073
  RETURN NEW\073
END
';

CREATE TRIGGER "Service_costCentre_not_archived" BEFORE INSERT OR UPDATE OF "costCentreId" ON "Service"
FOR EACH ROW EXECUTE FUNCTION service_cost_centre_not_archived();
