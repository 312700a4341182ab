// The enterprise admin's Users: who acts for the company, with which role and on which lines; invitations by e-mail.
// Every change locks the company row first (so the last admin cannot be demoted twice at once) and is audited in the
// same transaction. A change shows at the member's next request: the principal is read from these rows each time.
import { hashToken, mintTokenLasting, TOKEN_PATTERN } from "~/server/auth/account-token";
import { hashPassword } from "~/server/auth/password";
import { passwordProblem } from "~/server/auth/password-policy";
import type { CustomerActor, Principal } from "~/server/auth/principal";
import type { Deps } from "~/server/container";
import type { Tx } from "~/server/db/client";
import type { MemberRole } from "~/server/db/generated/enums";
import { inTransaction } from "~/server/db/transaction";
import { env } from "~/server/env";
import { conflict, invalid, notFound } from "~/server/lib/errors";
import { isLocale } from "~/server/lib/locales";
import { audit } from "~/server/modules/audit/audit.service";
import { accountMail } from "~/server/modules/identity/account-mail";
import * as repo from "./members.repository";
import {
  MEMBERS_PAGE_SIZE,
  type AcceptInvitationInput,
  type AcceptInvitationView,
  type InvitationInput,
  type InvitationStateView,
  type InviteInput,
  type ListMembersInput,
  type MembersView,
  type MembershipInput,
  type Scope,
  type SetRoleInput,
  type SetScopeInput,
  type SetSuspendedInput,
} from "./members.schemas";

export const INVITATION_LIFETIME_MS = 7 * 24 * 3_600_000;
const isAdminRole = (role: MemberRole) => role === "owner" || role === "admin";

export async function listMembers(deps: Deps, actor: CustomerActor, input: ListMembersInput): Promise<MembersView> {
  const now = deps.clock.now();
  const [{ rows, total }, invitations] = await Promise.all([
    repo.listMembers(deps, actor.customerId, { q: input.q, skip: (input.page - 1) * MEMBERS_PAGE_SIZE, take: MEMBERS_PAGE_SIZE }),
    repo.pendingInvitations(deps, actor.customerId),
  ]);
  return {
    members: rows.map((m) => ({
      membershipId: m.id,
      name: m.user.name,
      email: m.user.email,
      role: m.role,
      allServices: m.allServices,
      lineCount: m._count.grants,
      suspended: m.suspendedAt !== null,
      you: m.user.id === actor.userId,
    })),
    total,
    page: input.page,
    pageSize: MEMBERS_PAGE_SIZE,
    invitations: invitations.map((i) => ({
      invitationId: i.id,
      email: i.email,
      role: i.role,
      allServices: i.allServices,
      lineCount: i.serviceIds.length,
      createdAt: i.createdAt,
      expiresAt: i.expiresAt,
      expired: i.expiresAt.getTime() <= now.getTime(),
    })),
  };
}

/** The invitations still out (for the admin's home screen), newest first. */
export async function pendingInvitations(deps: Deps, actor: CustomerActor) {
  const rows = await repo.pendingInvitations(deps, actor.customerId);
  return rows.map((i) => ({ invitationId: i.id, email: i.email, createdAt: i.createdAt }));
}

export async function scopeOptions(deps: Deps, actor: CustomerActor) {
  const lines = await repo.companyLines(deps, actor.customerId);
  return lines.map((l) => ({ id: l.id, label: l.label ?? l.identifier, kind: l.kind, costCentre: l.costCentre?.name ?? null }));
}

export async function memberScope(deps: Deps, actor: CustomerActor, input: MembershipInput) {
  const m = await repo.memberScope(deps, actor.customerId, input.membershipId);
  if (!m) throw notFound("member");
  return { membershipId: m.id, name: m.user.name, allServices: m.allServices, serviceIds: m.grants.map((g) => g.serviceId) };
}

/** One change to one member of the actor's company, under the company lock, audited with it. */
async function changeMember<T>(
  deps: Deps,
  actor: CustomerActor,
  membershipId: string,
  action: string,
  work: (tx: Tx, member: NonNullable<Awaited<ReturnType<typeof repo.findMembership>>>) => Promise<T>,
) {
  return inTransaction(deps, async (tx) => {
    await repo.lockCompany(tx, actor.customerId);
    const member = await repo.findMembership(tx, actor.customerId, membershipId);
    if (!member) throw notFound("member");
    const data = await work(tx, member);
    await audit(tx, {
      actorUserId: actor.userId,
      customerId: actor.customerId,
      action,
      entity: "membership",
      entityId: member.id,
      data: { ...data, email: member.user.email },
    });
    return { ok: true as const };
  });
}

/** Nobody leaves the company without an active admin. */
async function keepAnAdmin(tx: Tx, customerId: string, member: { role: MemberRole; suspendedAt: Date | null }) {
  if (!isAdminRole(member.role) || member.suspendedAt) return;
  if ((await repo.activeAdminCount(tx, customerId)) <= 1) throw conflict("the company's last admin stays an admin");
}

export const setRole = (deps: Deps, actor: CustomerActor, input: SetRoleInput) =>
  changeMember(deps, actor, input.membershipId, "member.role", async (tx, m) => {
    if (m.role === "owner") throw conflict("the owner's role is the operator's to change");
    if (!isAdminRole(input.role)) await keepAnAdmin(tx, actor.customerId, m);
    await repo.setRole(tx, m.id, input.role);
    return { from: m.role, to: input.role };
  });

export const setSuspended = (deps: Deps, actor: CustomerActor, input: SetSuspendedInput) =>
  changeMember(deps, actor, input.membershipId, input.suspended ? "member.suspend" : "member.resume", async (tx, m) => {
    if (input.suspended && m.userId === actor.userId) throw conflict("you cannot suspend yourself");
    if (input.suspended) await keepAnAdmin(tx, actor.customerId, m);
    await repo.setSuspendedAt(tx, m.id, input.suspended ? (m.suspendedAt ?? deps.clock.now()) : null);
    return {};
  });

async function checkedLines(tx: Tx, customerId: string, scope: Scope) {
  if (scope.allServices) return null;
  const ids = [...new Set(scope.serviceIds)];
  if ((await repo.countOwnLines(tx, customerId, ids)) !== ids.length) throw invalid("scope", "choose lines of this company");
  return ids;
}

export const setScope = (deps: Deps, actor: CustomerActor, input: SetScopeInput) =>
  changeMember(deps, actor, input.membershipId, "member.scope", async (tx, m) => {
    const ids = await checkedLines(tx, actor.customerId, input.scope);
    await repo.setScope(tx, m.id, ids);
    return { allServices: ids === null, lines: ids?.length ?? null };
  });

export const removeMember = (deps: Deps, actor: CustomerActor, input: MembershipInput) =>
  changeMember(deps, actor, input.membershipId, "member.remove", async (tx, m) => {
    if (m.role === "owner") throw conflict("the owner's membership is the operator's to end");
    await keepAnAdmin(tx, actor.customerId, m);
    await repo.removeMembership(tx, actor.customerId, m);
    return { role: m.role };
  });

// ── invitations ──

const invitationLink = (token: string) => `${env.APP_URL}/invitation/${token}`;

/** The e-mail in the invitee's language when they have an account, else in the inviting admin's. */
async function mailInvitation(tx: Tx, actor: CustomerActor, email: string, token: string, company: string) {
  const user = await repo.findUserByEmail(tx, email);
  const locale = user && isLocale(user.locale) ? user.locale : actor.locale;
  await repo.enqueueMail(tx, email, accountMail(locale, "invitation", { appUrl: env.APP_URL, link: invitationLink(token), company }));
}

export async function invite(deps: Deps, actor: CustomerActor, input: InviteInput) {
  const now = deps.clock.now();
  const { token, tokenHash, expiresAt } = mintTokenLasting(INVITATION_LIFETIME_MS, now);
  return inTransaction(deps, async (tx) => {
    await repo.lockCompany(tx, actor.customerId);
    if (await repo.isActiveMember(tx, actor.customerId, input.email)) throw conflict("already a member of the company");
    const ids = await checkedLines(tx, actor.customerId, input.scope);
    await repo.revokePendingFor(tx, actor.customerId, input.email, now);
    const { id } = await repo.createInvitation(tx, {
      customerId: actor.customerId,
      email: input.email,
      role: input.role,
      allServices: ids === null,
      serviceIds: ids ?? [],
      tokenHash,
      invitedById: actor.userId,
      createdAt: now,
      expiresAt,
    });
    await mailInvitation(tx, actor, input.email, token, await repo.companyName(tx, actor.customerId));
    await audit(tx, {
      actorUserId: actor.userId,
      customerId: actor.customerId,
      action: "invitation.send",
      entity: "invitation",
      entityId: id,
      data: { email: input.email, role: input.role },
    });
    return { invitationId: id };
  });
}

/** One change to a pending invitation of the actor's company, audited with it. */
function changeInvitation(
  deps: Deps,
  actor: CustomerActor,
  invitationId: string,
  action: string,
  work: (tx: Tx, id: string, email: string) => Promise<void>,
) {
  return inTransaction(deps, async (tx) => {
    const inv = await repo.findPendingInvitation(tx, actor.customerId, invitationId);
    if (!inv) throw notFound("invitation");
    await work(tx, inv.id, inv.email);
    const entry = { action, entity: "invitation", entityId: inv.id, data: { email: inv.email } };
    await audit(tx, { actorUserId: actor.userId, customerId: actor.customerId, ...entry });
    return { ok: true as const };
  });
}

/** A fresh link (and 7 more days); the one sent before stops working. */
export function resendInvitation(deps: Deps, actor: CustomerActor, input: InvitationInput) {
  const { token, tokenHash, expiresAt } = mintTokenLasting(INVITATION_LIFETIME_MS, deps.clock.now());
  return changeInvitation(deps, actor, input.invitationId, "invitation.resend", async (tx, id, email) => {
    await repo.renewInvitation(tx, id, { tokenHash, expiresAt });
    await mailInvitation(tx, actor, email, token, await repo.companyName(tx, actor.customerId));
  });
}

export const revokeInvitation = (deps: Deps, actor: CustomerActor, input: InvitationInput) =>
  changeInvitation(deps, actor, input.invitationId, "invitation.revoke", async (tx, id) => {
    await repo.revokeInvitation(tx, id, deps.clock.now());
  });

// ── the invitee ──

/** Why an invitation cannot be used now, or null when it can. */
function refusal(inv: { acceptedAt: Date | null; revokedAt: Date | null; expiresAt: Date } | null, now: Date) {
  if (!inv) return "unknown" as const;
  if (inv.acceptedAt) return "used" as const;
  if (inv.revokedAt) return "revoked" as const;
  return inv.expiresAt.getTime() > now.getTime() ? null : ("expired" as const);
}

const hashOf = (token: string) => (TOKEN_PATTERN.test(token) ? hashToken(token) : null);

export async function checkInvitation(deps: Deps, actor: Principal | null, token: string): Promise<InvitationStateView> {
  const hash = hashOf(token);
  const inv = hash ? await repo.readInvitation(deps, hash) : null;
  const refused = refusal(inv, deps.clock.now());
  if (refused || !inv) return { state: refused ?? "unknown" };
  const user = await repo.readUserByEmail(deps, inv.email);
  return {
    state: "valid",
    company: inv.customer.name,
    email: inv.email,
    hasAccount: user !== null,
    signedInAsInvitee: !!user && actor?.userId === user.id,
  };
}

/**
 * A new address gets an account with the password it chose; an address that has an account joins while signed in
 * as it (so a forwarded link cannot add a membership to somebody else's account). Consumed in the transaction.
 */
export async function acceptInvitation(deps: Deps, actor: Principal | null, input: AcceptInvitationInput): Promise<AcceptInvitationView> {
  if (input.account && passwordProblem(input.account.password)) throw invalid("password", "choose a longer or less common password");
  const passwordHash = input.account ? await hashPassword(input.account.password) : null;
  const now = deps.clock.now();
  return inTransaction(deps, async (tx) => {
    const hash = hashOf(input.token);
    const inv = hash ? await repo.findInvitationByHash(tx, hash) : null;
    const refused = refusal(inv, now);
    if (refused || !inv) return { state: refused ?? "unknown" };
    const existing = await repo.findUserByEmail(tx, inv.email);
    if (existing && actor?.userId !== existing.id) return { state: "sign_in_required", email: inv.email };
    if (!existing && !(input.account && passwordHash)) return { state: "account_required", email: inv.email };
    if (!(await repo.consumeInvitation(tx, inv.id, now))) return { state: "used" };
    const userId =
      existing?.id ??
      (
        await repo.createUser(tx, {
          email: inv.email,
          name: input.account!.name,
          passwordHash: passwordHash!,
          locale: input.account!.locale,
        })
      ).id;
    const { id } = await repo.joinCompany(tx, {
      userId,
      customerId: inv.customerId,
      role: inv.role,
      serviceIds: inv.allServices ? null : inv.serviceIds,
    });
    await audit(tx, {
      actorUserId: userId,
      customerId: inv.customerId,
      action: "invitation.accept",
      entity: "membership",
      entityId: id,
      data: { email: inv.email, role: inv.role, newAccount: !existing },
    });
    return { state: "accepted", email: inv.email, customerId: inv.customerId };
  });
}
