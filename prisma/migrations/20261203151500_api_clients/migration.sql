-- API clients of the TMF Open API facades: hashed bearer keys, customer-scoped or operator-wide, and their per-minute call counts.
CREATE TABLE "ApiClient" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "name" TEXT NOT NULL,
    "keyHash" TEXT NOT NULL,
    "keyPrefix" TEXT NOT NULL,
    "customerId" UUID,
    "actingUserId" UUID NOT NULL,
    "rateLimitPerMinute" INTEGER NOT NULL DEFAULT 120,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "revokedAt" TIMESTAMP(3),
    CONSTRAINT "ApiClient_pkey" PRIMARY KEY ("id")
);
CREATE UNIQUE INDEX "ApiClient_keyHash_key" ON "ApiClient"("keyHash");
CREATE INDEX "ApiClient_customerId_idx" ON "ApiClient"("customerId");

CREATE TABLE "ApiClientWindow" (
    "clientId" UUID NOT NULL,
    "windowStart" TIMESTAMP(3) NOT NULL,
    "calls" INTEGER NOT NULL DEFAULT 0,
    CONSTRAINT "ApiClientWindow_pkey" PRIMARY KEY ("clientId","windowStart")
);

ALTER TABLE "ApiClient" ADD CONSTRAINT "ApiClient_customerId_fkey" FOREIGN KEY ("customerId") REFERENCES "Customer"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "ApiClient" ADD CONSTRAINT "ApiClient_actingUserId_fkey" FOREIGN KEY ("actingUserId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "ApiClientWindow" ADD CONSTRAINT "ApiClientWindow_clientId_fkey" FOREIGN KEY ("clientId") REFERENCES "ApiClient"("id") ON DELETE CASCADE ON UPDATE CASCADE;
