-- CreateTable
CREATE TABLE "UsageAlert" (
    "serviceId" UUID NOT NULL,
    "period" TEXT NOT NULL,
    "topic" TEXT NOT NULL,
    "threshold" INTEGER NOT NULL,
    "sentAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "UsageAlert_pkey" PRIMARY KEY ("serviceId","period","topic","threshold")
);
