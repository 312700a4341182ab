-- Card payments: attempts to pay a bill through Stripe, and the provider events already applied.
CREATE TYPE "PaymentStatus" AS ENUM ('open', 'succeeded', 'expired');

CREATE TABLE "PaymentAttempt" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "customerId" UUID NOT NULL,
    "billingAccountId" UUID NOT NULL,
    "billId" UUID NOT NULL,
    "billNumber" TEXT NOT NULL,
    "currency" CHAR(3) NOT NULL,
    "amountMinor" BIGINT NOT NULL,
    "status" "PaymentStatus" NOT NULL DEFAULT 'open',
    "userId" UUID NOT NULL,
    "checkoutSessionId" TEXT,
    "checkoutUrl" TEXT,
    "paymentIntentId" TEXT,
    "cardBrand" TEXT,
    "cardLast4" TEXT,
    "declineCode" TEXT,
    "refundedMinor" BIGINT NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "paidAt" TIMESTAMP(3),
    CONSTRAINT "PaymentAttempt_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "PaymentAttempt_amount_positive" CHECK ("amountMinor" > 0),
    CONSTRAINT "PaymentAttempt_refund_within_amount" CHECK ("refundedMinor" >= 0 AND "refundedMinor" <= "amountMinor")
);

CREATE UNIQUE INDEX "PaymentAttempt_checkoutSessionId_key" ON "PaymentAttempt"("checkoutSessionId");
CREATE UNIQUE INDEX "PaymentAttempt_paymentIntentId_key" ON "PaymentAttempt"("paymentIntentId");
CREATE INDEX "PaymentAttempt_customerId_createdAt_idx" ON "PaymentAttempt"("customerId", "createdAt");
CREATE INDEX "PaymentAttempt_billId_status_idx" ON "PaymentAttempt"("billId", "status");
-- At most one open attempt per bill: a double click or a second tab gets the same checkout.
CREATE UNIQUE INDEX "PaymentAttempt_one_open_per_bill" ON "PaymentAttempt"("billId") WHERE "status" = 'open';

CREATE TABLE "PaymentEvent" (
    "id" TEXT NOT NULL,
    "type" TEXT NOT NULL,
    "appliedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "PaymentEvent_pkey" PRIMARY KEY ("id")
);
