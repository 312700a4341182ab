// Operator look-ups by what people and banks quote: a bill's variable symbol, an account's number.
import type { Db } from "~/server/db/client";
import { Prisma } from "~/server/db/generated/client";
import { variableSymbolOf } from "~/server/lib/spayd";
import type { BillingAccountRef } from "./billing-gateway";
import type { OverdueBill } from "./billing-views";
import { billsOwed } from "./ledger-reads";

// variableSymbolOf in SQL, to narrow the bills in one pass; the rows are checked against the function itself after. A
// symbol is a number to the banks: leading zeros do not count.
const PERIOD = "/\\d{2}(\\d{2})-(\\d{2})$";
const NON_DIGITS = "\\D";

const significant = (symbol: string) => symbol.replace(/^0+/, "");

export async function findBillsByVariableSymbol(db: Db, symbols: string[]): Promise<OverdueBill[]> {
  const wanted = [...new Set(symbols.filter((s) => /^\d{1,10}$/.test(s)).map(significant))];
  if (wanted.length === 0) return [];
  const rows = await billsOwed(
    db,
    Prisma.sql`ltrim(right(regexp_replace(regexp_replace(b.number, ${PERIOD}, '/\\1\\2'), ${NON_DIGITS}, '', 'g'), 10), '0')
               = ANY(${wanted}::text[])`,
  );
  return rows.filter((r) => wanted.includes(significant(variableSymbolOf(r.billNo))));
}

export async function findBillingAccounts(db: Db, input: { numberContains: string; take: number }): Promise<BillingAccountRef[]> {
  return db.billingAccount.findMany({
    where: { number: { contains: input.numberContains, mode: "insensitive" } },
    select: { id: true, number: true, name: true, customerId: true },
    orderBy: { number: "asc" },
    take: input.take,
  });
}
