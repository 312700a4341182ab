-- Bank transfers: a payment may come from the operator's bank statement (no user, checkout or card), and the
-- statement's credits are kept once each by the bank's entry reference, matched or waiting for a billing agent.
CREATE TYPE "PaymentMethod" AS ENUM ('card', 'bank_transfer');
ALTER TABLE "PaymentAttempt" ADD COLUMN "method" "PaymentMethod" NOT NULL DEFAULT 'card';
ALTER TABLE "PaymentAttempt" ALTER COLUMN "userId" DROP NOT NULL;

CREATE TYPE "BankCreditStatus" AS ENUM ('pending', 'matched', 'unmatched', 'assigned', 'returned');

CREATE TABLE "BankStatementImport" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "fileName" TEXT NOT NULL,
    "format" TEXT NOT NULL,
    "importedById" UUID,
    "importedAt" TIMESTAMP(3) NOT NULL,
    "credits" INTEGER NOT NULL,
    "newCredits" INTEGER NOT NULL,
    "matched" INTEGER NOT NULL,
    "debits" INTEGER NOT NULL,
    CONSTRAINT "BankStatementImport_pkey" PRIMARY KEY ("id")
);

CREATE TABLE "BankCredit" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "entryRef" TEXT NOT NULL,
    "importId" UUID NOT NULL,
    "bookedOn" DATE NOT NULL,
    "amountMinor" BIGINT NOT NULL,
    "currency" CHAR(3) NOT NULL,
    "variableSymbol" TEXT,
    "reference" TEXT,
    "payerName" TEXT,
    "payerAccount" TEXT,
    "status" "BankCreditStatus" NOT NULL DEFAULT 'pending',
    "unmatchedReason" TEXT,
    "billId" UUID,
    "billNumber" TEXT,
    "billingAccountId" UUID,
    "customerId" UUID,
    "paymentAttemptId" UUID,
    "resolvedById" UUID,
    "resolvedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL,
    CONSTRAINT "BankCredit_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "BankCredit_amount_positive" CHECK ("amountMinor" > 0)
);
CREATE UNIQUE INDEX "BankCredit_entryRef_key" ON "BankCredit"("entryRef");
CREATE UNIQUE INDEX "BankCredit_paymentAttemptId_key" ON "BankCredit"("paymentAttemptId");
CREATE INDEX "BankCredit_status_bookedOn_idx" ON "BankCredit"("status", "bookedOn");
CREATE INDEX "BankCredit_customerId_idx" ON "BankCredit"("customerId");
ALTER TABLE "BankCredit" ADD CONSTRAINT "BankCredit_importId_fkey" FOREIGN KEY ("importId") REFERENCES "BankStatementImport"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
