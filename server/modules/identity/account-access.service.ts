// Getting into an account without the password: an e-mailed single-use link to set a new one (30 minutes) or to
// sign in (10 minutes). Asking for either gives the same answer, in the same time, whether or not the address has
// an account; the link is consumed in the same transaction that acts on it.
import { hashToken, mintToken, tokenState, TOKEN_PATTERN, type TokenPurpose } from "~/server/auth/account-token";
import { UNKNOWN_ADDRESS } from "~/server/auth/client-address";
import { hashPassword } from "~/server/auth/password";
import { passwordProblem } from "~/server/auth/password-policy";
import { reserveAttempt, type ThrottleRule } from "~/server/auth/throttle";
import type { Deps } from "~/server/container";
import { inTransaction } from "~/server/db/transaction";
import { env } from "~/server/env";
import { DomainError, invalid } from "~/server/lib/errors";
import { isLocale } from "~/server/lib/locales";
import { audit } from "~/server/modules/audit/audit.service";
import * as repo from "./account.repository";
import { accountMail, accountMailInEveryLanguage } from "./account-mail";
import type { CheckLinkInput, LinkStateView, RequestLinkInput, ResetPasswordInput, ResetPasswordView } from "./identity.schemas";

/** Links per address (and per client address, when known) within the window: enough for a lost e-mail or two. */
export const LINKS_PER_ADDRESS = 3;
const LINKS_PER_CLIENT = 20;
const LINK_WINDOW_MS = 15 * 60_000;

const linkPath: Record<TokenPurpose, string> = { password_reset: "/reset-password/", sign_in_link: "/sign-in/link/" };

export async function requestLink(deps: Deps, purpose: TokenPurpose, input: RequestLinkInput, ip: string) {
  const rules: Record<string, ThrottleRule> = {
    [`${purpose}:${input.email}`]: { maxAttempts: LINKS_PER_ADDRESS, windowMs: LINK_WINDOW_MS },
  };
  if (ip !== UNKNOWN_ADDRESS) rules[`${purpose}-ip:${ip}`] = { maxAttempts: LINKS_PER_CLIENT, windowMs: LINK_WINDOW_MS };
  const wait = await reserveAttempt(deps, rules);
  if (wait > 0) throw new DomainError("RATE_LIMITED", "too many links asked for", { retryAfterSeconds: wait });

  const now = deps.clock.now();
  const { token, tokenHash, expiresAt } = mintToken(purpose, now);
  const mails = accountMailInEveryLanguage(purpose, { appUrl: env.APP_URL, link: env.APP_URL + linkPath[purpose] + token });
  await inTransaction(deps, (tx) => repo.issueLinkByEmail(tx, { email: input.email, purpose, tokenHash, now, expiresAt, mails }));
  return { sent: true as const };
}

const hashOf = (token: string) => (TOKEN_PATTERN.test(token) ? hashToken(token) : null);

/** Whether a link can still be used, without using it (the page shows the form or says why not). */
export async function checkLink(deps: Deps, input: CheckLinkInput): Promise<LinkStateView> {
  const hash = hashOf(input.token);
  const row = hash ? await repo.findToken(deps, hash, input.purpose) : null;
  return { state: tokenState(row, deps.clock.now()) };
}

async function whyNot(deps: Deps, hash: string | null, purpose: TokenPurpose) {
  const state = tokenState(hash ? await repo.findToken(deps, hash, purpose) : null, deps.clock.now());
  return state === "valid" ? "used" : state; // lost a race with another click
}

/** Sets the new password from a reset link and signs out every session of the account. */
export async function resetPassword(deps: Deps, input: ResetPasswordInput): Promise<ResetPasswordView> {
  if (passwordProblem(input.password)) throw invalid("password", "choose a longer or less common password");
  const hash = hashOf(input.token);
  if (!hash) return { state: "unknown" };
  const passwordHash = await hashPassword(input.password);
  const now = deps.clock.now();
  const done = await inTransaction(deps, async (tx) => {
    const user = await repo.consumeToken(tx, hash, "password_reset", now);
    if (!user) return false;
    const after = await repo.setPassword(tx, user.id, passwordHash);
    await repo.retireTokens(tx, user.id, now);
    await audit(tx, { actorUserId: user.id, customerId: null, action: "password.reset", entity: "user", entityId: user.id, data: {} });
    await repo.enqueueMail(
      tx,
      after.email,
      accountMail(isLocale(after.locale) ? after.locale : "en", "password_changed", { appUrl: env.APP_URL }),
    );
    return true;
  });
  return { state: done ? "changed" : await whyNot(deps, hash, "password_reset") };
}

export type LinkSignInResult =
  | { ok: true; user: { id: string; email: string; name: string; sessionVersion: number; locale: "en" | "cs" | "ru" | "zh" } }
  | { ok: false; reason: "used" | "expired" | "unknown" };

/** Signs in with an e-mailed link: consumed and recorded in one transaction. */
export async function signInWithLink(
  deps: Deps,
  token: string,
  client: { ip: string; userAgent: string | null },
): Promise<LinkSignInResult> {
  const hash = hashOf(token);
  if (!hash) return { ok: false, reason: "unknown" };
  const now = deps.clock.now();
  const user = await inTransaction(deps, async (tx) => {
    const found = await repo.consumeToken(tx, hash, "sign_in_link", now);
    if (found) await repo.recordSignIn(tx, { userId: found.id, at: now, method: "email_link", ...client });
    return found;
  });
  if (!user) return { ok: false, reason: await whyNot(deps, hash, "sign_in_link") };
  const locale = isLocale(user.locale) ? user.locale : "en";
  return { ok: true, user: { id: user.id, email: user.email, name: user.name, sessionVersion: user.sessionVersion, locale } };
}
