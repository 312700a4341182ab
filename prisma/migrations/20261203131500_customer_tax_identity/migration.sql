-- What a tax document says of the customer: postal address, company registration number, VAT number.
ALTER TABLE "Customer" ADD COLUMN "address" TEXT,
ADD COLUMN "companyId" TEXT,
ADD COLUMN "vatId" TEXT;
