-- Disputes and dunning notices are the portal's records, the bill they refer to is the billing system's.
-- No foreign key across the seam. The bill is referred to by id, and what the portal shows of it is kept on the dispute.
ALTER TABLE "DunningNotice" DROP CONSTRAINT "DunningNotice_billId_fkey";
ALTER TABLE "BillDispute" DROP CONSTRAINT "BillDispute_billId_fkey";

ALTER TABLE "BillDispute" ADD COLUMN "customerId" UUID, ADD COLUMN "billNumber" TEXT, ADD COLUMN "currency" CHAR(3);
UPDATE "BillDispute" d
SET "customerId" = a."customerId", "billNumber" = b.number, "currency" = b.currency
FROM "Bill" b JOIN "BillingAccount" a ON a.id = b."billingAccountId"
WHERE b.id = d."billId";
ALTER TABLE "BillDispute" ALTER COLUMN "customerId" SET NOT NULL, ALTER COLUMN "billNumber" SET NOT NULL, ALTER COLUMN "currency" SET NOT NULL;

CREATE INDEX "BillDispute_customerId_idx" ON "BillDispute"("customerId");
