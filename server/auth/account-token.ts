// Single-use links sent by e-mail. The link carries 256 random bits; the database keeps only their SHA-256, so a
// copy of the table opens no account. Expiry is judged on the injected clock.
import { createHash, randomBytes } from "node:crypto";

export type TokenPurpose = "password_reset" | "sign_in_link";

/** How long each kind of link stays valid. */
export const TOKEN_LIFETIME_MS: Record<TokenPurpose, number> = { password_reset: 30 * 60_000, sign_in_link: 10 * 60_000 };

/** The shape of a token in a link: 43 base64url characters (32 bytes). */
export const TOKEN_PATTERN = /^[A-Za-z0-9_-]{43}$/;

export const hashToken = (token: string) => createHash("sha256").update(token, "utf8").digest("hex");

/** A fresh token for a link, its hash to store, and when it runs out. */
export const mintToken = (purpose: TokenPurpose, now: Date) => mintTokenLasting(TOKEN_LIFETIME_MS[purpose], now);

/** The same for a link of another lifetime (an invitation into a company lasts days, not minutes). */
export function mintTokenLasting(lifetimeMs: number, now: Date) {
  const token = randomBytes(32).toString("base64url");
  return { token, tokenHash: hashToken(token), expiresAt: new Date(now.getTime() + lifetimeMs) };
}

export type TokenState = "valid" | "used" | "expired" | "unknown";

/** Why a stored token can or cannot be used now. */
export function tokenState(row: { expiresAt: Date; usedAt: Date | null } | null, now: Date): TokenState {
  if (!row) return "unknown";
  if (row.usedAt) return "used";
  return row.expiresAt.getTime() > now.getTime() ? "valid" : "expired";
}
