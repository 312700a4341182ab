import { describe, expect, it } from "vitest";
import { fixedClock } from "~/server/lib/clock";
import { hashToken, mintToken, TOKEN_LIFETIME_MS, TOKEN_PATTERN, tokenState } from "./account-token";

describe("account tokens", () => {
  const now = fixedClock("2026-11-23T10:00:00Z").now();

  it("carry 256 random bits in a link-safe shape and are stored only as their SHA-256", () => {
    const a = mintToken("password_reset", now);
    const b = mintToken("password_reset", now);
    expect(a.token).toMatch(TOKEN_PATTERN);
    expect(Buffer.from(a.token, "base64url")).toHaveLength(32);
    expect(a.token).not.toBe(b.token);
    expect(a.tokenHash).toBe(hashToken(a.token));
    expect(a.tokenHash).toMatch(/^[0-9a-f]{64}$/);
    expect(a.tokenHash).not.toContain(a.token);
    // the known SHA-256 of "abc": the hash is the standard one, not something home-made
    expect(hashToken("abc")).toBe("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  });

  it("a reset link lasts 30 minutes, a sign-in link 10", () => {
    expect(mintToken("password_reset", now).expiresAt.getTime() - now.getTime()).toBe(30 * 60_000);
    expect(mintToken("sign_in_link", now).expiresAt.getTime() - now.getTime()).toBe(TOKEN_LIFETIME_MS.sign_in_link);
    expect(TOKEN_LIFETIME_MS.sign_in_link).toBe(10 * 60_000);
  });

  it("is valid until its expiry on the injected clock, then expired; once used, used; absent, unknown", () => {
    const clock = fixedClock(now);
    const row = { expiresAt: mintToken("sign_in_link", now).expiresAt, usedAt: null };
    expect(tokenState(row, clock.now())).toBe("valid");
    clock.advance(10 * 60_000 - 1);
    expect(tokenState(row, clock.now())).toBe("valid");
    clock.advance(1);
    expect(tokenState(row, clock.now())).toBe("expired");
    expect(tokenState({ ...row, usedAt: now }, now)).toBe("used");
    expect(tokenState(null, now)).toBe("unknown");
  });
});
