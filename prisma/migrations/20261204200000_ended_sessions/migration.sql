-- Sign-out ends that one session server-side: its id (the cookie's sid claim) is refused from then on.
CREATE TABLE "EndedSession" (
    "id" TEXT NOT NULL,
    "endedAt" TIMESTAMP(3) NOT NULL,
    CONSTRAINT "EndedSession_pkey" PRIMARY KEY ("id")
);
CREATE INDEX "EndedSession_endedAt_idx" ON "EndedSession"("endedAt");
