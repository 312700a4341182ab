import type { Tx } from "~/server/db/client";
import type { HasDb } from "~/server/db/transaction";
import type { Locale } from "~/server/db/generated/enums";
import type { Prisma } from "~/server/db/generated/client";

const principalSelect = {
  id: true,
  locale: true,
  staffRole: true,
  sessionVersion: true,
  // a suspended membership acts for nobody, from the next request on
  memberships: {
    where: { suspendedAt: null },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: {
      customerId: true,
      role: true,
      allServices: true,
      customer: { select: { kind: true } },
      grants: { select: { serviceId: true } },
    },
  },
} satisfies Prisma.UserSelect;

export const findPrincipalSource = ({ db }: HasDb, userId: string) =>
  db.user.findUnique({ where: { id: userId }, select: principalSelect });

/** One primary-key lookup, on every request. */
export const isSessionEnded = async ({ db }: HasDb, sessionId: string) =>
  (await db.endedSession.findUnique({ where: { id: sessionId }, select: { id: true } })) !== null;

export const findCredentials = ({ db }: HasDb, email: string) =>
  db.user.findUnique({
    where: { email },
    select: { id: true, email: true, name: true, sessionVersion: true, locale: true, passwordHash: true },
  });

export const findMe = ({ db }: HasDb, userId: string) =>
  db.user.findUnique({
    where: { id: userId },
    select: {
      id: true,
      name: true,
      email: true,
      phone: true,
      locale: true,
      staffRole: true,
      memberships: {
        where: { suspendedAt: null },
        orderBy: [{ createdAt: "asc" }, { id: "asc" }],
        select: { role: true, customer: { select: { id: true, name: true, kind: true, segment: true, slaTier: true } } },
      },
    },
  });

export const updateUser = (tx: Tx, userId: string, data: { name?: string; phone?: string | null; locale?: Locale }) =>
  tx.user.update({ where: { id: userId }, data, select: { name: true, phone: true, locale: true } });

export const findUserContact = (tx: Tx, userId: string) =>
  tx.user.findUnique({ where: { id: userId }, select: { name: true, phone: true, locale: true } });

export const isMember = async ({ db }: HasDb, userId: string, customerId: string) =>
  (await db.membership.count({ where: { userId, customerId, suspendedAt: null } })) > 0;
