-- CreateEnum
CREATE TYPE "TicketState" AS ENUM ('acknowledged', 'in_progress', 'pending', 'held', 'resolved', 'closed', 'cancelled', 'rejected');

-- CreateEnum
CREATE TYPE "TicketPriority" AS ENUM ('P1', 'P2', 'P3', 'P4');

-- CreateEnum
CREATE TYPE "TicketEventKind" AS ENUM ('created', 'responded', 'status', 'note', 'assigned', 'visit', 'progress');

-- CreateEnum
CREATE TYPE "TicketAuthorKind" AS ENUM ('customer', 'staff', 'system');

-- CreateEnum
CREATE TYPE "TicketProgress" AS ENUM ('on_the_way', 'on_site', 'fixed', 'second_visit');

-- CreateEnum
CREATE TYPE "SlaFlagKind" AS ENUM ('response_at_risk', 'response_breached', 'resolution_at_risk', 'resolution_breached');

-- AlterTable
ALTER TABLE "Service" ADD COLUMN     "area" TEXT;

-- CreateTable
CREATE TABLE "Ticket" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "number" TEXT NOT NULL,
    "customerId" UUID NOT NULL,
    "serviceId" UUID NOT NULL,
    "tier" "SlaTier" NOT NULL,
    "serviceKind" "ServiceKind" NOT NULL,
    "area" TEXT,
    "reporterUserId" UUID NOT NULL,
    "category" TEXT NOT NULL,
    "description" TEXT NOT NULL,
    "visitPreference" TEXT,
    "contactPhone" TEXT,
    "priority" "TicketPriority" NOT NULL,
    "state" "TicketState" NOT NULL DEFAULT 'acknowledged',
    "technicianId" UUID,
    "visitFrom" TIMESTAMP(3),
    "visitTo" TIMESTAMP(3),
    "outageId" UUID,
    "cause" TEXT,
    "workDone" TEXT,
    "rating" INTEGER,
    "ratingComment" TEXT,
    "resolvedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Ticket_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "TicketEvent" (
    "id" BIGSERIAL NOT NULL,
    "ticketId" UUID NOT NULL,
    "seq" INTEGER NOT NULL,
    "kind" "TicketEventKind" NOT NULL,
    "toState" "TicketState",
    "progress" "TicketProgress",
    "author" "TicketAuthorKind" NOT NULL,
    "authorUserId" UUID,
    "text" TEXT,
    "visitFrom" TIMESTAMP(3),
    "visitTo" TIMESTAMP(3),
    "at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "TicketEvent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "TechnicianProfile" (
    "userId" UUID NOT NULL,
    "skills" "ServiceKind"[],
    "areas" TEXT[],

    CONSTRAINT "TechnicianProfile_pkey" PRIMARY KEY ("userId")
);

-- CreateTable
CREATE TABLE "Outage" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "area" TEXT NOT NULL,
    "serviceKind" "ServiceKind" NOT NULL,
    "title" TEXT NOT NULL,
    "startedAt" TIMESTAMP(3) NOT NULL,
    "estimatedEnd" TIMESTAMP(3),
    "closedAt" TIMESTAMP(3),
    "createdById" UUID,

    CONSTRAINT "Outage_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SlaFlag" (
    "ticketId" UUID NOT NULL,
    "flag" "SlaFlagKind" NOT NULL,
    "raisedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "SlaFlag_pkey" PRIMARY KEY ("ticketId","flag")
);

-- CreateIndex
CREATE UNIQUE INDEX "Ticket_number_key" ON "Ticket"("number");

-- CreateIndex
CREATE INDEX "Ticket_customerId_createdAt_idx" ON "Ticket"("customerId", "createdAt");

-- CreateIndex
CREATE INDEX "Ticket_serviceId_idx" ON "Ticket"("serviceId");

-- CreateIndex
CREATE INDEX "Ticket_technicianId_state_idx" ON "Ticket"("technicianId", "state");

-- CreateIndex
CREATE INDEX "Ticket_state_area_serviceKind_idx" ON "Ticket"("state", "area", "serviceKind");

-- CreateIndex
CREATE INDEX "Ticket_outageId_idx" ON "Ticket"("outageId");

-- CreateIndex
CREATE UNIQUE INDEX "TicketEvent_ticketId_seq_key" ON "TicketEvent"("ticketId", "seq");

-- CreateIndex
CREATE INDEX "Outage_area_serviceKind_closedAt_idx" ON "Outage"("area", "serviceKind", "closedAt");

-- AddForeignKey
ALTER TABLE "Ticket" ADD CONSTRAINT "Ticket_outageId_fkey" FOREIGN KEY ("outageId") REFERENCES "Outage"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TicketEvent" ADD CONSTRAINT "TicketEvent_ticketId_fkey" FOREIGN KEY ("ticketId") REFERENCES "Ticket"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SlaFlag" ADD CONSTRAINT "SlaFlag_ticketId_fkey" FOREIGN KEY ("ticketId") REFERENCES "Ticket"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Ticket numbers (TT-000123): taken by the repair gateway with nextval, never reused.
CREATE SEQUENCE "ticket_number_seq";
