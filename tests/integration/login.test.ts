import { randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import { depsFor } from "~/server/container";
import { env } from "~/server/env";
import { authenticate } from "~/server/modules/identity/identity.service";
import { SignInInput } from "~/server/modules/identity/identity.schemas";
import { createHousehold, kitClock, KIT_PASSWORD, testDb, uniq } from "~/tests/kit";

// Every attempt comes from its own address (IPv6 documentation range), so the per-address limit of
// one test never locks another, in this run or the next.
const freshIp = () => `2001:db8::${randomBytes(6).toString("hex").match(/..../g)!.join(":")}`;
const depsAt = (clock = kitClock()) => depsFor(testDb(), clock);
const signIn = (deps: ReturnType<typeof depsAt>, email: string, password: string, ip: string) =>
  authenticate(deps, SignInInput.parse({ email, password }), ip);

const windowMs = () => env.LOGIN_WINDOW_MINUTES * 60_000;

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

  it(`after ${env.LOGIN_MAX_FAILURES} failures for one e-mail the account is throttled even with the right password`, async () => {
    const jana = await createHousehold();
    const deps = depsAt();
    for (let i = 0; i < env.LOGIN_MAX_FAILURES; i++) {
      expect(await signIn(deps, jana.email, `wrong-${i}`, freshIp())).toEqual({ ok: false, reason: "invalid" });
    }
    const locked = await signIn(deps, jana.email, KIT_PASSWORD, freshIp());
    expect(locked).toEqual({ ok: false, reason: "throttled", retryAfterSeconds: env.LOGIN_WINDOW_MINUTES * 60 });
  });

  it("one failure fewer than the limit does not throttle", async () => {
    const jana = await createHousehold();
    const deps = depsAt();
    for (let i = 0; i < env.LOGIN_MAX_FAILURES - 1; i++) await signIn(deps, jana.email, "wrong", freshIp());
    expect(await signIn(deps, jana.email, KIT_PASSWORD, freshIp())).toMatchObject({ ok: true });
  });

  it("the wait shrinks as time passes, and the account unlocks once the window is over", async () => {
    const jana = await createHousehold();
    const clock = kitClock();
    const deps = depsAt(clock);
    for (let i = 0; i < env.LOGIN_MAX_FAILURES; i++) await signIn(deps, jana.email, "wrong", freshIp());

    clock.advance(windowMs() - 60_000);
    expect(await signIn(deps, jana.email, KIT_PASSWORD, freshIp())).toEqual({ ok: false, reason: "throttled", retryAfterSeconds: 60 });

    clock.advance(60_000 + 1_000);
    expect(await signIn(deps, jana.email, KIT_PASSWORD, freshIp())).toMatchObject({ ok: true, user: { id: jana.userId } });
    expect(await testDb().loginThrottle.count({ where: { key: `email:${jana.email}` } })).toBe(0);
  });

  it("a throttled unknown e-mail looks exactly like a throttled real one", async () => {
    const ghost = `ghost-${uniq()}@kit.test`;
    const deps = depsAt();
    for (let i = 0; i < env.LOGIN_MAX_FAILURES; i++) await signIn(deps, ghost, "guess", freshIp());
    expect(await signIn(deps, ghost, "guess", freshIp())).toEqual({
      ok: false,
      reason: "throttled",
      retryAfterSeconds: env.LOGIN_WINDOW_MINUTES * 60,
    });
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
