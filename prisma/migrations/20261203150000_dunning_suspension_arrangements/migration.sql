-- CreateEnum
CREATE TYPE "ArrangementStatus" AS ENUM ('active', 'kept', 'broken');

-- CreateTable
CREATE TABLE "ServiceSuspension" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "billingAccountId" UUID NOT NULL,
    "serviceId" UUID NOT NULL,
    "barred" TEXT[],
    "reason" TEXT NOT NULL,
    "suspendedAt" TIMESTAMP(3) NOT NULL,
    "restoredAt" TIMESTAMP(3),

    CONSTRAINT "ServiceSuspension_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PaymentArrangement" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "customerId" UUID NOT NULL,
    "billingAccountId" UUID NOT NULL,
    "billIds" UUID[],
    "currency" CHAR(3) NOT NULL,
    "totalMinor" BIGINT NOT NULL,
    "startRemainingMinor" BIGINT NOT NULL,
    "status" "ArrangementStatus" NOT NULL DEFAULT 'active',
    "createdById" UUID NOT NULL,
    "idempotencyKey" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL,
    "closedAt" TIMESTAMP(3),

    CONSTRAINT "PaymentArrangement_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PaymentInstalment" (
    "arrangementId" UUID NOT NULL,
    "seq" INTEGER NOT NULL,
    "dueDate" DATE NOT NULL,
    "amountMinor" BIGINT NOT NULL,

    CONSTRAINT "PaymentInstalment_pkey" PRIMARY KEY ("arrangementId","seq")
);

-- CreateIndex
CREATE INDEX "ServiceSuspension_billingAccountId_suspendedAt_idx" ON "ServiceSuspension"("billingAccountId", "suspendedAt");

-- CreateIndex
CREATE INDEX "ServiceSuspension_serviceId_idx" ON "ServiceSuspension"("serviceId");

-- CreateIndex
CREATE UNIQUE INDEX "PaymentArrangement_idempotencyKey_key" ON "PaymentArrangement"("idempotencyKey");

-- CreateIndex
CREATE INDEX "PaymentArrangement_customerId_status_idx" ON "PaymentArrangement"("customerId", "status");

-- CreateIndex
CREATE INDEX "PaymentArrangement_billingAccountId_status_idx" ON "PaymentArrangement"("billingAccountId", "status");

-- AddForeignKey
ALTER TABLE "PaymentInstalment" ADD CONSTRAINT "PaymentInstalment_arrangementId_fkey" FOREIGN KEY ("arrangementId") REFERENCES "PaymentArrangement"("id") ON DELETE CASCADE ON UPDATE CASCADE;

