// Identity: who a person is, which customers they act for, and their own contact details.
import { canSeeBills, toPrincipal, isEnterpriseAdmin, type Principal } from "~/server/auth/principal";
import { dummyHash, verifyPassword } from "~/server/auth/password";
import { UNKNOWN_ADDRESS } from "~/server/auth/client-address";
import { releaseAttempt, reserveAttempt, type ThrottleRule } from "~/server/auth/throttle";
import type { Deps } from "~/server/container";
import { inTransaction } from "~/server/db/transaction";
import { env } from "~/server/env";
import { notFound } from "~/server/lib/errors";
import { isLocale, type AppLocale } from "~/server/lib/locales";
import { audit } from "~/server/modules/audit/audit.service";
import { notify } from "~/server/modules/notifications/notify";
import { recordPasswordSignIn } from "./account.repository";
import * as repo from "./identity.repository";
import type { MeView, SetLocaleInput, SignInInput, UpdateProfileInput } from "./identity.schemas";

export type SignInResult =
  | { ok: true; user: { id: string; email: string; name: string; sessionVersion: number; locale: AppLocale } }
  | { ok: false; reason: "invalid" }
  | { ok: false; reason: "throttled"; retryAfterSeconds: number };

/** Same answer for an unknown e-mail and a wrong password; throttled per account and per address. */
export async function authenticate(deps: Deps, input: SignInInput, ip: string, userAgent: string | null = null): Promise<SignInResult> {
  // Per account × address, so nobody elsewhere can lock a known user out; and per address (when known), so one
  // address cannot spray guesses across many accounts.
  const windowMs = env.LOGIN_WINDOW_MINUTES * 60_000;
  const pair = `account:${input.email}|${ip}`;
  const address: Record<string, ThrottleRule> =
    ip === UNKNOWN_ADDRESS ? {} : { [`ip:${ip}`]: { maxAttempts: env.LOGIN_MAX_FAILURES * 4, windowMs } };
  const wait = await reserveAttempt(deps, { [pair]: { maxAttempts: env.LOGIN_MAX_FAILURES, windowMs }, ...address });
  if (wait > 0) return { ok: false, reason: "throttled", retryAfterSeconds: wait };

  const user = await repo.findCredentials(deps, input.email);
  const valid = user ? await verifyPassword(user.passwordHash, input.password) : await verifyPassword(await dummyHash(), input.password);
  if (!user || !valid) return { ok: false, reason: "invalid" };
  await releaseAttempt(deps, [pair], address);
  await recordPasswordSignIn(deps, { userId: user.id, at: deps.clock.now(), ip, method: "password", userAgent });
  const locale = isLocale(user.locale) ? user.locale : "en";
  return { ok: true, user: { id: user.id, email: user.email, name: user.name, sessionVersion: user.sessionVersion, locale } };
}

export type SessionRef = { userId: string; sessionVersion: number; sessionId: string };

/**
 * Null when the user is gone, every session of theirs was revoked (version bumped), this one was signed out (its id
 * ended) or has no id (a cookie from before sessions had one), or they belong to nothing.
 */
export async function loadPrincipal(deps: Deps, session: SessionRef, customerId?: string | null) {
  if (!session.sessionId) return null;
  const [user, ended] = await Promise.all([repo.findPrincipalSource(deps, session.userId), repo.isSessionEnded(deps, session.sessionId)]);
  if (!user || ended || user.sessionVersion !== session.sessionVersion) return null;
  return toPrincipal(user, customerId);
}

export async function getMe(deps: Deps, actor: Principal): Promise<MeView> {
  const me = await repo.findMe(deps, actor.userId);
  if (!me) throw notFound("user");
  const active = actor.kind === "customer" ? me.memberships.find((m) => m.customer.id === actor.customerId) : undefined;
  return {
    user: { id: me.id, name: me.name, email: me.email, phone: me.phone, locale: me.locale },
    kind: actor.kind,
    staffRole: me.staffRole,
    customer: active ? { ...active.customer, role: active.role } : null,
    isEnterpriseAdmin: isEnterpriseAdmin(actor),
    canSeeBills: canSeeBills(actor),
    customers: me.memberships.map((m) => ({ id: m.customer.id, name: m.customer.name, kind: m.customer.kind, role: m.role })),
  };
}

export async function updateProfile(deps: Deps, actor: Principal, input: UpdateProfileInput) {
  return inTransaction(deps, async (tx) => {
    const before = await repo.findUserContact(tx, actor.userId);
    if (!before) throw notFound("user");
    const after = await repo.updateUser(tx, actor.userId, input);
    const changed = (["name", "phone", "locale"] as const).filter((k) => before[k] !== after[k]);
    if (changed.length) {
      const customerId = actor.kind === "customer" ? actor.customerId : null;
      await audit(tx, {
        actorUserId: actor.userId,
        customerId,
        action: "profile.update",
        entity: "user",
        entityId: actor.userId,
        data: { changed },
      });
      if (changed.includes("name") || changed.includes("phone")) {
        await notify(tx, { userId: actor.userId, customerId }, "account.profile-updated", { fields: changed.join(", ") }, "/profile");
      }
    }
    return { ...after, changed };
  });
}

export async function setLocale(deps: Deps, actor: Principal, input: SetLocaleInput) {
  await inTransaction(deps, (tx) => repo.updateUser(tx, actor.userId, { locale: input.locale }));
  return { locale: input.locale };
}

export const canActFor = (deps: Deps, actor: Principal, customerId: string) => repo.isMember(deps, actor.userId, customerId);
