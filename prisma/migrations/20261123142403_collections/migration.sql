-- CreateEnum
CREATE TYPE "DisputeStatus" AS ENUM ('open', 'upheld', 'rejected');

-- CreateTable
CREATE TABLE "DunningNotice" (
    "id" BIGSERIAL NOT NULL,
    "billId" UUID NOT NULL,
    "step" INTEGER NOT NULL,
    "sentAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "DunningNotice_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "BillDispute" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "billId" UUID NOT NULL,
    "billLineId" BIGINT NOT NULL,
    "ticketId" UUID NOT NULL,
    "amountMinor" BIGINT NOT NULL,
    "reason" TEXT NOT NULL,
    "status" "DisputeStatus" NOT NULL DEFAULT 'open',
    "creditNoteId" UUID,
    "resolution" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "resolvedAt" TIMESTAMP(3),

    CONSTRAINT "BillDispute_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "DunningNotice_billId_step_key" ON "DunningNotice"("billId", "step");

-- CreateIndex
CREATE UNIQUE INDEX "BillDispute_billLineId_key" ON "BillDispute"("billLineId");

-- CreateIndex
CREATE UNIQUE INDEX "BillDispute_ticketId_key" ON "BillDispute"("ticketId");

-- CreateIndex
CREATE INDEX "BillDispute_billId_idx" ON "BillDispute"("billId");

-- AddForeignKey
ALTER TABLE "DunningNotice" ADD CONSTRAINT "DunningNotice_billId_fkey" FOREIGN KEY ("billId") REFERENCES "Bill"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BillDispute" ADD CONSTRAINT "BillDispute_billId_fkey" FOREIGN KEY ("billId") REFERENCES "Bill"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
