// A person's own account security: their password, their sessions, and where they signed in from.
import { hashPassword, verifyPassword } from "~/server/auth/password";
import { passwordProblem } from "~/server/auth/password-policy";
import type { Principal } from "~/server/auth/principal";
import { releaseAttempt, reserveAttempt } from "~/server/auth/throttle";
import type { Deps } from "~/server/container";
import { inTransaction } from "~/server/db/transaction";
import { env } from "~/server/env";
import { DomainError, invalid, notFound } from "~/server/lib/errors";
import { isLocale } from "~/server/lib/locales";
import { audit } from "~/server/modules/audit/audit.service";
import * as repo from "./account.repository";
import { accountMail } from "./account-mail";
import type { ChangePasswordInput, SignInView } from "./identity.schemas";

/** How many sign-ins the Security page lists. */
export const SIGN_INS_SHOWN = 10;

const customerOf = (actor: Principal) => (actor.kind === "customer" ? actor.customerId : null);

/** Needs the current password (guesses are throttled like sign-ins); every session is signed out by it. */
export async function changePassword(deps: Deps, actor: Principal, input: ChangePasswordInput) {
  const key = `password-change:${actor.userId}`;
  const wait = await reserveAttempt(deps, { [key]: { maxAttempts: env.LOGIN_MAX_FAILURES, windowMs: env.LOGIN_WINDOW_MINUTES * 60_000 } });
  if (wait > 0) throw new DomainError("RATE_LIMITED", "too many attempts", { retryAfterSeconds: wait });
  const user = await repo.findPasswordHash(deps, actor.userId);
  if (!user) throw notFound("user");
  if (!(await verifyPassword(user.passwordHash, input.currentPassword)))
    throw invalid("currentPassword", "the current password is not correct");
  if (passwordProblem(input.newPassword, { email: user.email })) throw invalid("newPassword", "choose a longer or less common password");
  await releaseAttempt(deps, [key], {});
  const passwordHash = await hashPassword(input.newPassword);
  const now = deps.clock.now();
  return inTransaction(deps, async (tx) => {
    const after = await repo.setPassword(tx, actor.userId, passwordHash);
    await repo.retireTokens(tx, actor.userId, now);
    await audit(tx, {
      actorUserId: actor.userId,
      customerId: customerOf(actor),
      action: "password.change",
      entity: "user",
      entityId: actor.userId,
      data: {},
    });
    await repo.enqueueMail(
      tx,
      after.email,
      accountMail(isLocale(after.locale) ? after.locale : "en", "password_changed", { appUrl: env.APP_URL }),
    );
    return { changed: true as const };
  });
}

/** Every session of the person, this one included, ends at its next request. */
export async function signOutEverywhere(deps: Deps, actor: Principal) {
  return inTransaction(deps, async (tx) => {
    await repo.bumpSessionVersion(tx, actor.userId);
    await audit(tx, {
      actorUserId: actor.userId,
      customerId: customerOf(actor),
      action: "sessions.revoke",
      entity: "user",
      entityId: actor.userId,
      data: {},
    });
    return { signedOut: true as const };
  });
}

/** Sign-out: this session ends server-side, so a copy of its cookie is signed out too; the person's others live on. */
export async function endSession(deps: Deps, session: { sessionId: string }) {
  if (session.sessionId) await repo.recordEndedSession(deps, session.sessionId, deps.clock.now());
}

export const listSignIns = (deps: Deps, actor: Principal): Promise<SignInView[]> => repo.latestSignIns(deps, actor.userId, SIGN_INS_SHOWN);
