// The company as its documents name it: the customer's legal identification and its billing contacts.
import type { Tx } from "~/server/db/client";
import type { HasDb } from "~/server/db/transaction";
import { lockCustomer } from "~/server/db/locks";

const select = {
  name: true,
  companyId: true,
  vatId: true,
  address: true,
  billingContacts: { orderBy: { position: "asc" }, select: { name: true, email: true, phone: true } },
} as const;

export const readProfile = ({ db }: HasDb, customerId: string) => db.customer.findUnique({ where: { id: customerId }, select });

/** The profile under the company row's lock: two admins saving at once are applied one after the other. */
export async function lockedProfile(tx: Tx, customerId: string) {
  await lockCustomer(tx, customerId);
  return tx.customer.findUnique({ where: { id: customerId }, select });
}

export const updateIdentity = (
  tx: Tx,
  customerId: string,
  data: { name: string; companyId: string; vatId: string | null; address: string },
) => tx.customer.update({ where: { id: customerId }, data, select: { id: true } });

export async function replaceContacts(tx: Tx, customerId: string, contacts: { name: string; email: string; phone: string }[]) {
  await tx.billingContact.deleteMany({ where: { customerId } });
  await tx.billingContact.createMany({ data: contacts.map((c, position) => ({ customerId, position, ...c })) });
}
