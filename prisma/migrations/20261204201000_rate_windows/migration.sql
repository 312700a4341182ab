-- Rate limits on expensive work (PDFs, CSV exports, usage summaries): calls per user and per address in one minute.
CREATE TABLE "RateWindow" (
    "key" TEXT NOT NULL,
    "windowStart" TIMESTAMP(3) NOT NULL,
    "calls" INTEGER NOT NULL DEFAULT 0,
    CONSTRAINT "RateWindow_pkey" PRIMARY KEY ("key","windowStart")
);
CREATE INDEX "RateWindow_windowStart_idx" ON "RateWindow"("windowStart");
