-- The fulfilment system of record: product orders, their items, milestones, log and event feed.
CREATE TYPE "ProductOrderState" AS ENUM ('acknowledged', 'inProgress', 'completed', 'cancelled', 'failed');

CREATE TABLE "ProductOrder" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "number" TEXT NOT NULL,
    "customerId" UUID NOT NULL,
    "serviceId" UUID NOT NULL,
    "requestedById" UUID NOT NULL,
    "state" "ProductOrderState" NOT NULL DEFAULT 'acknowledged',
    "idempotencyKey" TEXT NOT NULL,
    "failureReason" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL,
    "completedAt" TIMESTAMP(3),
    "cancelledAt" TIMESTAMP(3),
    CONSTRAINT "ProductOrder_pkey" PRIMARY KEY ("id")
);
CREATE UNIQUE INDEX "ProductOrder_number_key" ON "ProductOrder"("number");
CREATE UNIQUE INDEX "ProductOrder_idempotencyKey_key" ON "ProductOrder"("idempotencyKey");
CREATE INDEX "ProductOrder_customerId_createdAt_idx" ON "ProductOrder"("customerId", "createdAt");
CREATE INDEX "ProductOrder_state_idx" ON "ProductOrder"("state");

CREATE TABLE "ProductOrderItem" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "orderId" UUID NOT NULL,
    "action" TEXT NOT NULL,
    "serviceId" UUID NOT NULL,
    "fromPlanId" UUID,
    "fromPlanName" TEXT,
    "toPlanId" UUID NOT NULL,
    "toPlanName" TEXT NOT NULL,
    "effective" TEXT NOT NULL,
    "effectiveDate" DATE NOT NULL,
    CONSTRAINT "ProductOrderItem_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "ProductOrderItem_orderId_fkey" FOREIGN KEY ("orderId") REFERENCES "ProductOrder"("id") ON DELETE CASCADE ON UPDATE CASCADE
);
CREATE INDEX "ProductOrderItem_orderId_idx" ON "ProductOrderItem"("orderId");

CREATE TABLE "OrderMilestone" (
    "orderId" UUID NOT NULL,
    "seq" INTEGER NOT NULL,
    "name" TEXT NOT NULL,
    "expectedAt" TIMESTAMP(3) NOT NULL,
    "actualAt" TIMESTAMP(3),
    CONSTRAINT "OrderMilestone_pkey" PRIMARY KEY ("orderId", "seq"),
    CONSTRAINT "OrderMilestone_orderId_fkey" FOREIGN KEY ("orderId") REFERENCES "ProductOrder"("id") ON DELETE CASCADE ON UPDATE CASCADE
);

CREATE TABLE "OrderLogEntry" (
    "id" BIGSERIAL NOT NULL,
    "orderId" UUID NOT NULL,
    "kind" TEXT NOT NULL,
    "detail" TEXT,
    "at" TIMESTAMP(3) NOT NULL,
    CONSTRAINT "OrderLogEntry_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "OrderLogEntry_orderId_fkey" FOREIGN KEY ("orderId") REFERENCES "ProductOrder"("id") ON DELETE CASCADE ON UPDATE CASCADE
);
CREATE INDEX "OrderLogEntry_orderId_id_idx" ON "OrderLogEntry"("orderId", "id");

CREATE TABLE "FulfilmentEvent" (
    "id" BIGSERIAL NOT NULL,
    "eventId" UUID NOT NULL DEFAULT gen_random_uuid(),
    "eventType" TEXT NOT NULL,
    "eventTime" TIMESTAMP(3) NOT NULL,
    "payload" JSONB NOT NULL,
    "queuedAt" TIMESTAMP(3),
    CONSTRAINT "FulfilmentEvent_pkey" PRIMARY KEY ("id")
);
CREATE UNIQUE INDEX "FulfilmentEvent_eventId_key" ON "FulfilmentEvent"("eventId");
CREATE INDEX "FulfilmentEvent_queuedAt_id_idx" ON "FulfilmentEvent"("queuedAt", "id");

CREATE SEQUENCE "ProductOrder_number_seq";
