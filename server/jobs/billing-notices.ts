// Who hears about a customer's bills, and how an amount reads in a notice.
import type { Db } from "~/server/db/client";

/** Owners, admins and the billing role: the people who may see the bills. */
export async function holdersOf(db: Db, customerId: string): Promise<string[]> {
  const members = await db.membership.findMany({
    where: { customerId, role: { in: ["owner", "admin", "billing"] } }, select: { userId: true }, orderBy: { createdAt: "asc" },
  });
  return members.map((m) => m.userId);
}

/** "1234.50 CZK": notices are rendered in each recipient's language later, so the amount stays neutral. */
export const formatAmount = (minor: bigint, currency: string) => {
  const sign = minor < 0n ? "-" : "";
  const abs = minor < 0n ? -minor : minor;
  return `${sign}${abs / 100n}.${String(abs % 100n).padStart(2, "0")} ${currency}`;
};
