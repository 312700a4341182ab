-- Account access: single-use e-mailed links (password reset, sign-in link), kept only as SHA-256, and the record of
-- successful sign-ins shown on the Security page.
CREATE TYPE "AccountTokenPurpose" AS ENUM ('password_reset', 'sign_in_link');

CREATE TYPE "SignInMethod" AS ENUM ('password', 'email_link');

CREATE TABLE "AccountToken" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "userId" UUID NOT NULL,
    "purpose" "AccountTokenPurpose" NOT NULL,
    "tokenHash" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL,
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "usedAt" TIMESTAMP(3),
    CONSTRAINT "AccountToken_pkey" PRIMARY KEY ("id")
);
CREATE UNIQUE INDEX "AccountToken_tokenHash_key" ON "AccountToken"("tokenHash");
CREATE INDEX "AccountToken_userId_purpose_idx" ON "AccountToken"("userId", "purpose");
ALTER TABLE "AccountToken" ADD CONSTRAINT "AccountToken_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

CREATE TABLE "SignInRecord" (
    "id" BIGSERIAL NOT NULL,
    "userId" UUID NOT NULL,
    "at" TIMESTAMP(3) NOT NULL,
    "ip" TEXT NOT NULL,
    "method" "SignInMethod" NOT NULL,
    "userAgent" TEXT,
    CONSTRAINT "SignInRecord_pkey" PRIMARY KEY ("id")
);
CREATE INDEX "SignInRecord_userId_at_idx" ON "SignInRecord"("userId", "at");
ALTER TABLE "SignInRecord" ADD CONSTRAINT "SignInRecord_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;
