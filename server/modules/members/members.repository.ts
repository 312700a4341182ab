// A company's people: memberships (with their line grants) and the invitations still out.
import type { Tx } from "~/server/db/client";
import type { MemberRole } from "~/server/db/generated/enums";
import type { Prisma } from "~/server/db/generated/client";
import type { HasDb } from "~/server/db/transaction";

const ADMIN_ROLES: MemberRole[] = ["owner", "admin"];

const searchOf = (q?: string): Prisma.MembershipWhereInput =>
  q ? { user: { OR: [{ name: { contains: q, mode: "insensitive" } }, { email: { contains: q.toLowerCase() } }] } } : {};

export async function listMembers({ db }: HasDb, customerId: string, args: { q?: string; skip: number; take: number }) {
  const where = { customerId, ...searchOf(args.q) };
  const [rows, total] = await Promise.all([
    db.membership.findMany({
      where,
      orderBy: [{ user: { name: "asc" } }, { id: "asc" }],
      skip: args.skip,
      take: args.take,
      select: {
        id: true,
        role: true,
        allServices: true,
        suspendedAt: true,
        user: { select: { id: true, name: true, email: true } },
        _count: { select: { grants: true } },
      },
    }),
    db.membership.count({ where }),
  ]);
  return { rows, total };
}

export const pendingInvitations = ({ db }: HasDb, customerId: string) =>
  db.invitation.findMany({
    where: { customerId, acceptedAt: null, revokedAt: null },
    orderBy: [{ createdAt: "desc" }, { id: "asc" }],
    select: { id: true, email: true, role: true, allServices: true, serviceIds: true, createdAt: true, expiresAt: true },
  });

export const companyLines = ({ db }: HasDb, customerId: string) =>
  db.service.findMany({
    where: { customerId },
    orderBy: [{ label: "asc" }, { id: "asc" }],
    select: { id: true, label: true, identifier: true, kind: true, costCentre: { select: { name: true } } },
  });

export const memberScope = ({ db }: HasDb, customerId: string, membershipId: string) =>
  db.membership.findFirst({
    where: { id: membershipId, customerId },
    select: { id: true, allServices: true, user: { select: { name: true } }, grants: { select: { serviceId: true } } },
  });

/** Serialises the company's membership changes, so two admins cannot both demote the other last admin. */
export { lockCustomer as lockCompany } from "~/server/db/locks";

export const findMembership = (tx: Tx, customerId: string, membershipId: string) =>
  tx.membership.findFirst({
    where: { id: membershipId, customerId },
    select: { id: true, userId: true, role: true, suspendedAt: true, user: { select: { email: true } } },
  });

export const activeAdminCount = (tx: Tx, customerId: string) =>
  tx.membership.count({ where: { customerId, role: { in: ADMIN_ROLES }, suspendedAt: null } });

export const setRole = (tx: Tx, membershipId: string, role: MemberRole) =>
  tx.membership.update({ where: { id: membershipId }, data: { role } });

export const setSuspendedAt = (tx: Tx, membershipId: string, suspendedAt: Date | null) =>
  tx.membership.update({ where: { id: membershipId }, data: { suspendedAt } });

/** How many of these ids are lines of the customer. */
export const countOwnLines = (tx: Tx, customerId: string, serviceIds: string[]) =>
  tx.service.count({ where: { customerId, id: { in: serviceIds } } });

export async function setScope(tx: Tx, membershipId: string, serviceIds: string[] | null) {
  await tx.serviceGrant.deleteMany({ where: { membershipId } });
  if (serviceIds) await tx.serviceGrant.createMany({ data: serviceIds.map((serviceId) => ({ membershipId, serviceId })) });
  await tx.membership.update({ where: { id: membershipId }, data: { allServices: serviceIds === null } });
}

/** The membership goes, and the company's lines assigned to that person are nobody's now. */
export async function removeMembership(tx: Tx, customerId: string, membership: { id: string; userId: string }) {
  await tx.service.updateMany({ where: { customerId, assignedUserId: membership.userId }, data: { assignedUserId: null } });
  await tx.membership.delete({ where: { id: membership.id } });
}

export const findUserByEmail = (db: Tx | HasDb["db"], email: string) =>
  db.user.findUnique({ where: { email }, select: { id: true, locale: true } });

export const isActiveMember = async (tx: Tx, customerId: string, email: string) =>
  (await tx.membership.count({ where: { customerId, user: { email } } })) > 0;

/** An older invitation of the same address stops working when a new one is sent. */
export const revokePendingFor = (tx: Tx, customerId: string, email: string, now: Date) =>
  tx.invitation.updateMany({ where: { customerId, email, acceptedAt: null, revokedAt: null }, data: { revokedAt: now } });

export const createInvitation = (tx: Tx, data: Prisma.InvitationUncheckedCreateInput) =>
  tx.invitation.create({ data, select: { id: true } });

export const findPendingInvitation = (tx: Tx, customerId: string, invitationId: string) =>
  tx.invitation.findFirst({
    where: { id: invitationId, customerId, acceptedAt: null, revokedAt: null },
    select: { id: true, email: true },
  });

export const renewInvitation = (tx: Tx, invitationId: string, data: { tokenHash: string; expiresAt: Date }) =>
  tx.invitation.update({ where: { id: invitationId }, data });

export const revokeInvitation = (tx: Tx, invitationId: string, now: Date) =>
  tx.invitation.update({ where: { id: invitationId }, data: { revokedAt: now } });

export const findInvitationByHash = (db: Tx | HasDb["db"], tokenHash: string) =>
  db.invitation.findUnique({
    where: { tokenHash },
    select: {
      id: true,
      customerId: true,
      email: true,
      role: true,
      allServices: true,
      serviceIds: true,
      expiresAt: true,
      acceptedAt: true,
      revokedAt: true,
      customer: { select: { name: true } },
    },
  });

/** Marks the invitation accepted if it still may be: two clicks cannot both win. */
export const consumeInvitation = async (tx: Tx, invitationId: string, now: Date) =>
  (
    await tx.invitation.updateMany({
      where: { id: invitationId, acceptedAt: null, revokedAt: null, expiresAt: { gt: now } },
      data: { acceptedAt: now },
    })
  ).count === 1;

export const createUser = (tx: Tx, data: { email: string; name: string; passwordHash: string; locale: Prisma.UserCreateInput["locale"] }) =>
  tx.user.create({ data, select: { id: true } });

/** Joins the user to the company with the invitation's role and lines (again, if they were a member before). */
export async function joinCompany(tx: Tx, args: { userId: string; customerId: string; role: MemberRole; serviceIds: string[] | null }) {
  const grants = args.serviceIds ? { create: args.serviceIds.map((serviceId) => ({ serviceId })) } : undefined;
  await tx.membership.deleteMany({ where: { userId: args.userId, customerId: args.customerId } });
  return tx.membership.create({
    data: { userId: args.userId, customerId: args.customerId, role: args.role, allServices: args.serviceIds === null, grants },
    select: { id: true },
  });
}

export { enqueueEmail as enqueueMail } from "~/server/mail/outbox";

export const companyName = async (tx: Tx, customerId: string) =>
  (await tx.customer.findUniqueOrThrow({ where: { id: customerId }, select: { name: true } })).name;

/** Outside a transaction: the invitation page reading its link. */
export const readInvitation = ({ db }: HasDb, tokenHash: string) => findInvitationByHash(db, tokenHash);
export const readUserByEmail = ({ db }: HasDb, email: string) => findUserByEmail(db, email);
