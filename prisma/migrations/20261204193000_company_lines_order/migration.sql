-- The admin's lines table reads a company's lines in number order, a page at a time (and its CSV export by keyset).
CREATE INDEX "Service_customerId_identifier_idx" ON "Service"("customerId", "identifier");
