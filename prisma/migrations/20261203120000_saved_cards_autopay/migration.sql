-- Saved cards (a Stripe customer per portal customer) and autopay: a setting per billing account, a run per bill.
CREATE TABLE "PaymentProfile" (
    "customerId" UUID NOT NULL,
    "stripeCustomerId" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL,
    CONSTRAINT "PaymentProfile_pkey" PRIMARY KEY ("customerId")
);
CREATE UNIQUE INDEX "PaymentProfile_stripeCustomerId_key" ON "PaymentProfile"("stripeCustomerId");

CREATE TABLE "AutopaySetting" (
    "billingAccountId" UUID NOT NULL,
    "customerId" UUID NOT NULL,
    "enabled" BOOLEAN NOT NULL,
    "updatedById" UUID NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    CONSTRAINT "AutopaySetting_pkey" PRIMARY KEY ("billingAccountId")
);
CREATE INDEX "AutopaySetting_customerId_idx" ON "AutopaySetting"("customerId");

CREATE TYPE "AutopayStatus" AS ENUM ('scheduled', 'charged', 'failed', 'skipped');

CREATE TABLE "AutopayCharge" (
    "billId" UUID NOT NULL,
    "billingAccountId" UUID NOT NULL,
    "customerId" UUID NOT NULL,
    "billNumber" TEXT NOT NULL,
    "currency" CHAR(3) NOT NULL,
    "amountMinor" BIGINT NOT NULL,
    "chargeAt" TIMESTAMP(3) NOT NULL,
    "status" "AutopayStatus" NOT NULL DEFAULT 'scheduled',
    "paymentIntentId" TEXT,
    "cardBrand" TEXT,
    "cardLast4" TEXT,
    "failureCode" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    CONSTRAINT "AutopayCharge_pkey" PRIMARY KEY ("billId"),
    CONSTRAINT "AutopayCharge_amount_positive" CHECK ("amountMinor" > 0)
);
CREATE UNIQUE INDEX "AutopayCharge_paymentIntentId_key" ON "AutopayCharge"("paymentIntentId");
CREATE INDEX "AutopayCharge_status_chargeAt_idx" ON "AutopayCharge"("status", "chargeAt");
CREATE INDEX "AutopayCharge_customerId_createdAt_idx" ON "AutopayCharge"("customerId", "createdAt");
