// Who hears about a customer's bills, and how an amount reads in a notice.
import { billHolderRoles } from "~/server/auth/principal";
import type { Db } from "~/server/db/client";

/**
 * Owners, admins and the billing role: the people who may see the bills. A job builds one lookup per
 * run, so a customer with many bills is asked about once.
 */
export function billHolders(db: Db): (customerId: string) => Promise<string[]> {
  const known = new Map<string, Promise<string[]>>();
  return (customerId) => {
    let holders = known.get(customerId);
    if (!holders) {
      holders = db.membership.findMany({
        where: { customerId, role: { in: [...billHolderRoles] } }, select: { userId: true }, orderBy: { createdAt: "asc" },
      }).then((members) => members.map((m) => m.userId));
      known.set(customerId, holders);
    }
    return holders;
  };
}

/** "1234.50 CZK": notices are rendered in each recipient's language later, so the amount stays neutral. */
export const formatAmount = (minor: bigint, currency: string) => {
  const sign = minor < 0n ? "-" : "";
  const abs = minor < 0n ? -minor : minor;
  return `${sign}${abs / 100n}.${String(abs % 100n).padStart(2, "0")} ${currency}`;
};
