-- CreateTable
CREATE TABLE "ServiceMove" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "serviceId" UUID NOT NULL,
    "fromBillingAccountId" UUID NOT NULL,
    "toBillingAccountId" UUID NOT NULL,
    "effectivePeriod" CHAR(7) NOT NULL,
    "requestedById" UUID NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "appliedAt" TIMESTAMP(3),
    "cancelledAt" TIMESTAMP(3),

    CONSTRAINT "ServiceMove_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "ServiceMove_serviceId_idx" ON "ServiceMove"("serviceId");

-- CreateIndex
CREATE INDEX "ServiceMove_effectivePeriod_idx" ON "ServiceMove"("effectivePeriod");
