import type { Tx } from "./client";

/**
 * Takes the customer's row lock for the rest of the transaction: a company's admin changes (members, cost centres,
 * line assignments, its profile) are applied one after the other, so a check made under it (the last admin, a free
 * code) still holds at commit.
 */
export const lockCustomer = (tx: Tx, customerId: string) =>
  tx.$executeRaw`SELECT 1 FROM "Customer" WHERE id = ${customerId}::uuid FOR UPDATE`;
