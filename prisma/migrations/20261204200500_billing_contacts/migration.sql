-- A company's billing contacts: who gets asked about its bills (name, e-mail, phone), in the admin's order.
CREATE TABLE "BillingContact" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "customerId" UUID NOT NULL,
    "position" INTEGER NOT NULL,
    "name" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "phone" TEXT NOT NULL,
    CONSTRAINT "BillingContact_pkey" PRIMARY KEY ("id")
);
CREATE INDEX "BillingContact_customerId_position_idx" ON "BillingContact"("customerId", "position");
ALTER TABLE "BillingContact" ADD CONSTRAINT "BillingContact_customerId_fkey" FOREIGN KEY ("customerId") REFERENCES "Customer"("id") ON DELETE CASCADE ON UPDATE CASCADE;
