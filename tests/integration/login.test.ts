import { randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import { depsFor } from "~/server/container";
import { env } from "~/server/env";
import { FIRST_LOCK_MS } from "~/server/auth/throttle";
import { authenticate } from "~/server/modules/identity/identity.service";
import { SignInInput } from "~/server/modules/identity/identity.schemas";
import { createHousehold, kitClock, KIT_PASSWORD, testDb, uniq } from "~/tests/kit";

// Every attempt comes from its own address (IPv6 documentation range), so the per-address limit of
// one test never locks another, in this run or the next.
const freshIp = () => `2001:db8::${randomBytes(6).toString("hex").match(/..../g)!.join(":")}`;
const depsAt = (clock = kitClock()) => depsFor(testDb(), clock);
const signIn = (deps: ReturnType<typeof depsAt>, email: string, password: string, ip: string) =>
  authenticate(deps, SignInInput.parse({ email, password }), ip);

describe("authenticate (sign-in)", () => {
  it("the right password signs in and returns the session claims", async () => {
    const jana = await createHousehold({ locale: "cs" });
    const result = await signIn(depsAt(), jana.email, KIT_PASSWORD, freshIp());
    expect(result).toEqual({ ok: true, user: { id: jana.userId, email: jana.email, name: jana.name, sessionVersion: 0, locale: "cs" } });
  });

  it("the e-mail is matched case-insensitively", async () => {
    const jana = await createHousehold();
    expect(await signIn(depsAt(), jana.email.toUpperCase(), KIT_PASSWORD, freshIp())).toMatchObject({ ok: true });
  });

  it("a wrong password and an unknown e-mail give the same answer", async () => {
    const jana = await createHousehold();
    const wrongPassword = await signIn(depsAt(), jana.email, "not the password", freshIp());
    const unknownEmail = await signIn(depsAt(), `nobody-${uniq()}@kit.test`, KIT_PASSWORD, freshIp());
    expect(wrongPassword).toEqual({ ok: false, reason: "invalid" });
    expect(unknownEmail).toEqual(wrongPassword);
  });

  it(`after ${env.LOGIN_MAX_FAILURES} failures from one address the account is throttled there, not elsewhere`, async () => {
    const jana = await createHousehold();
    const deps = depsAt();
    const ip = freshIp();
    for (let i = 0; i < env.LOGIN_MAX_FAILURES; i++) {
      expect(await signIn(deps, jana.email, `wrong-${i}`, ip)).toEqual({ ok: false, reason: "invalid" });
    }
    const locked = await signIn(deps, jana.email, KIT_PASSWORD, ip);
    expect(locked).toEqual({ ok: false, reason: "throttled", retryAfterSeconds: FIRST_LOCK_MS / 1000 });
    // Someone guessing Jana's password cannot lock Jana herself out.
    expect(await signIn(deps, jana.email, KIT_PASSWORD, freshIp())).toMatchObject({ ok: true });
  });

  it("one failure fewer than the limit does not throttle", async () => {
    const jana = await createHousehold();
    const deps = depsAt();
    const ip = freshIp();
    for (let i = 0; i < env.LOGIN_MAX_FAILURES - 1; i++) await signIn(deps, jana.email, "wrong", ip);
    expect(await signIn(deps, jana.email, KIT_PASSWORD, ip)).toMatchObject({ ok: true });
  });

  it("the lock doubles with each further failure, shrinks as time passes, and a right password clears it", async () => {
    const jana = await createHousehold();
    const clock = kitClock();
    const deps = depsAt(clock);
    const ip = freshIp();
    for (let i = 0; i < env.LOGIN_MAX_FAILURES; i++) await signIn(deps, jana.email, "wrong", ip);
    clock.advance(FIRST_LOCK_MS - 10_000);
    expect(await signIn(deps, jana.email, KIT_PASSWORD, ip)).toEqual({ ok: false, reason: "throttled", retryAfterSeconds: 10 });
    clock.advance(10_000);
    // One more try once the lock is over; failing it locks for twice as long.
    expect(await signIn(deps, jana.email, "wrong again", ip)).toEqual({ ok: false, reason: "invalid" });
    expect(await signIn(deps, jana.email, KIT_PASSWORD, ip)).toEqual({
      ok: false,
      reason: "throttled",
      retryAfterSeconds: (2 * FIRST_LOCK_MS) / 1000,
    });
    clock.advance(2 * FIRST_LOCK_MS);
    expect(await signIn(deps, jana.email, KIT_PASSWORD, ip)).toMatchObject({ ok: true, user: { id: jana.userId } });
    expect(await testDb().loginThrottle.count({ where: { key: `account:${jana.email}|${ip}` } })).toBe(0);
  });

  it("parallel guesses are counted before any password is hashed: no more than the limit get through", async () => {
    const jana = await createHousehold();
    const deps = depsAt();
    const ip = freshIp();
    const results = await Promise.all(Array.from({ length: 20 }, (_, i) => signIn(deps, jana.email, `guess-${i}`, ip)));
    expect(results.filter((r) => !r.ok && r.reason === "invalid")).toHaveLength(env.LOGIN_MAX_FAILURES);
    expect(results.filter((r) => !r.ok && r.reason === "throttled")).toHaveLength(20 - env.LOGIN_MAX_FAILURES);
  });

  it("a throttled unknown e-mail looks exactly like a throttled real one", async () => {
    const ghost = `ghost-${uniq()}@kit.test`;
    const deps = depsAt();
    const ip = freshIp();
    for (let i = 0; i < env.LOGIN_MAX_FAILURES; i++) await signIn(deps, ghost, "guess", ip);
    expect(await signIn(deps, ghost, "guess", ip)).toEqual({ ok: false, reason: "throttled", retryAfterSeconds: FIRST_LOCK_MS / 1000 });
  });

  it("one address failing against many accounts is throttled for every account", async () => {
    const jana = await createHousehold();
    const ip = freshIp();
    const deps = depsAt();
    for (let i = 0; i < env.LOGIN_MAX_FAILURES * 4; i++) await signIn(deps, `spray-${i}-${uniq()}@kit.test`, "Password1", ip);
    expect(await signIn(deps, jana.email, KIT_PASSWORD, ip)).toMatchObject({ ok: false, reason: "throttled" });
    expect(await signIn(deps, jana.email, KIT_PASSWORD, freshIp())).toMatchObject({ ok: true });
  });
});
