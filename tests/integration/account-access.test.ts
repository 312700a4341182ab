import { randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import { newSessionId } from "~/server/auth/session-policy";
import { depsFor } from "~/server/container";
import { authenticate, loadPrincipal } from "~/server/modules/identity/identity.service";
import { signInWithLink } from "~/server/modules/identity/account-access.service";
import { SignInInput } from "~/server/modules/identity/identity.schemas";
import { endSession } from "~/server/modules/identity/security.service";
import {
  callerAs,
  clientShape,
  createHousehold,
  kitClock,
  KIT_PASSWORD,
  principalOf,
  rejection,
  rejectionCode,
  testDb,
  uniq,
} from "~/tests/kit";

const freshIp = () => `2001:db8::${randomBytes(6).toString("hex").match(/..../g)!.join(":")}`;
const NEW_PASSWORD = "plum kettle on the windowsill";
const client = { ip: "192.0.2.10", userAgent: "vitest" };

/** The e-mails queued for an address, newest first. */
async function mailsTo(email: string) {
  const rows = await testDb().outboxMessage.findMany({ where: { topic: "email" }, orderBy: { createdAt: "desc" } });
  return rows.map((r) => r.payload as { to: string; subject: string; text: string }).filter((p) => p.to === email);
}

async function linkTokenIn(email: string, path: string) {
  const [mail] = await mailsTo(email);
  const match = mail?.text.match(new RegExp(`${path}([A-Za-z0-9_-]{43})`));
  if (!match) throw new Error(`no ${path} link in the mail to ${email}`);
  return match[1]!;
}

const sessionOf = async (userId: string) =>
  (await testDb().user.findUniqueOrThrow({ where: { id: userId }, select: { sessionVersion: true } })).sessionVersion;

describe("forgotten password", () => {
  it("e-mails a single-use reset link in the person's language; the new password signs every session out", async () => {
    const jana = await createHousehold({ locale: "cs" });
    const clock = kitClock();
    const anonymous = await callerAs(null, { clock, ip: freshIp() });
    const before = await sessionOf(jana.userId);

    expect(await anonymous.account.requestPasswordReset({ email: jana.email.toUpperCase() })).toEqual({ sent: true });
    const [mail] = await mailsTo(jana.email);
    expect(mail?.subject).toBe("Obnovení hesla");
    const token = await linkTokenIn(jana.email, "/reset-password/");
    // only the hash is stored
    expect(await testDb().accountToken.count({ where: { tokenHash: token } })).toBe(0);
    expect(await anonymous.account.checkLink({ token, purpose: "password_reset" })).toEqual({ state: "valid" });
    // a link of one kind opens nothing of the other
    expect(await anonymous.account.checkLink({ token, purpose: "sign_in_link" })).toEqual({ state: "unknown" });

    expect(await anonymous.account.resetPassword({ token, password: NEW_PASSWORD })).toEqual({ state: "changed" });
    expect(await sessionOf(jana.userId)).toBe(before + 1);
    expect(
      await loadPrincipal(depsFor(testDb(), clock), { userId: jana.userId, sessionVersion: before, sessionId: newSessionId() }),
    ).toBeNull();
    const deps = depsFor(testDb(), clock);
    expect(await authenticate(deps, SignInInput.parse({ email: jana.email, password: NEW_PASSWORD }), freshIp())).toMatchObject({
      ok: true,
    });
    expect(await authenticate(deps, SignInInput.parse({ email: jana.email, password: KIT_PASSWORD }), freshIp())).toMatchObject({
      ok: false,
    });
    expect((await mailsTo(jana.email))[0]?.subject).toBe("Vaše heslo bylo změněno");

    // used once: the second try is told so and changes nothing
    expect(await anonymous.account.resetPassword({ token, password: "another long passphrase" })).toEqual({ state: "used" });
    expect(await anonymous.account.checkLink({ token, purpose: "password_reset" })).toEqual({ state: "used" });
    expect(await authenticate(deps, SignInInput.parse({ email: jana.email, password: NEW_PASSWORD }), freshIp())).toMatchObject({
      ok: true,
    });
  });

  it("answers an unknown address exactly as a known one, and e-mails nobody", async () => {
    const jana = await createHousehold();
    const anonymous = await callerAs(null, { ip: freshIp() });
    const outboxBefore = await testDb().outboxMessage.count();
    const nobody = `nobody-${uniq()}@kit.test`;
    const unknown = await anonymous.account.requestPasswordReset({ email: nobody });
    expect(await testDb().outboxMessage.count()).toBe(outboxBefore);
    expect(await testDb().accountToken.count({ where: { user: { email: nobody } } })).toBe(0);
    expect(await anonymous.account.requestPasswordReset({ email: jana.email })).toEqual(unknown);
    expect(await anonymous.account.requestSignInLink({ email: nobody })).toEqual(unknown);
  });

  it("a link is refused 30 minutes after it was sent; a made-up one is unknown", async () => {
    const jana = await createHousehold();
    const clock = kitClock();
    const anonymous = await callerAs(null, { clock, ip: freshIp() });
    await anonymous.account.requestPasswordReset({ email: jana.email });
    const token = await linkTokenIn(jana.email, "/reset-password/");
    clock.advance(30 * 60_000);
    const later = await callerAs(null, { clock });
    expect(await later.account.checkLink({ token, purpose: "password_reset" })).toEqual({ state: "expired" });
    expect(await later.account.resetPassword({ token, password: NEW_PASSWORD })).toEqual({ state: "expired" });
    expect(await later.account.resetPassword({ token: randomBytes(32).toString("base64url"), password: NEW_PASSWORD })).toEqual({
      state: "unknown",
    });
    expect(await later.account.checkLink({ token: "not a token", purpose: "password_reset" })).toEqual({ state: "unknown" });
  });

  it("a too short or common new password is refused with its field, and the link stays usable", async () => {
    const jana = await createHousehold();
    const anonymous = await callerAs(null, { ip: freshIp() });
    await anonymous.account.requestPasswordReset({ email: jana.email });
    const token = await linkTokenIn(jana.email, "/reset-password/");
    for (const password of ["short", "password1234"]) {
      const error = await rejection(anonymous.account.resetPassword({ token, password }));
      expect(error.code).toBe("BAD_REQUEST");
      expect(clientShape(error, "account.resetPassword", "mutation").data.fields).toEqual(["password"]);
    }
    expect(await anonymous.account.checkLink({ token, purpose: "password_reset" })).toEqual({ state: "valid" });
  });

  it("asking too often for one address is throttled, whether or not it has an account", async () => {
    const jana = await createHousehold();
    for (const email of [jana.email, `nobody-${uniq()}@kit.test`]) {
      const anonymous = await callerAs(null, { ip: freshIp() });
      for (let i = 0; i < 3; i++) await anonymous.account.requestPasswordReset({ email });
      expect(await rejectionCode(anonymous.account.requestPasswordReset({ email }))).toBe("TOO_MANY_REQUESTS");
    }
  });
});

describe("sign-in by e-mail link", () => {
  it("signs in once within 10 minutes and is recorded; a used or late link is refused", async () => {
    const jana = await createHousehold({ locale: "zh" });
    const clock = kitClock();
    const deps = depsFor(testDb(), clock);
    const anonymous = await callerAs(null, { clock, ip: freshIp() });
    await anonymous.account.requestSignInLink({ email: jana.email });
    expect((await mailsTo(jana.email))[0]?.subject).toBe("您的登录链接");
    const token = await linkTokenIn(jana.email, "/sign-in/link/");

    const result = await signInWithLink(deps, token, client);
    expect(result).toEqual({ ok: true, user: expect.objectContaining({ id: jana.userId, email: jana.email, locale: "zh" }) });
    expect(await signInWithLink(deps, token, client)).toEqual({ ok: false, reason: "used" });
    const caller = await callerAs(jana, { clock });
    expect((await caller.security.signIns())[0]).toMatchObject({ method: "email_link", ip: "192.0.2.10", userAgent: "vitest" });

    await anonymous.account.requestSignInLink({ email: jana.email });
    const late = await linkTokenIn(jana.email, "/sign-in/link/");
    clock.advance(10 * 60_000);
    expect(await signInWithLink(deps, late, client)).toEqual({ ok: false, reason: "expired" });
    expect(await signInWithLink(deps, "made-up", client)).toEqual({ ok: false, reason: "unknown" });
  });
});

describe("Security page", () => {
  it("changing the password needs the current one and a good new one; then old sessions are out", async () => {
    const jana = await createHousehold();
    const me = await callerAs(jana);
    const wrong = await rejection(me.security.changePassword({ currentPassword: "not it", newPassword: NEW_PASSWORD }));
    expect(clientShape(wrong, "security.changePassword", "mutation").data.fields).toEqual(["currentPassword"]);
    const common = await rejection(me.security.changePassword({ currentPassword: KIT_PASSWORD, newPassword: "iloveyou1234" }));
    expect(clientShape(common, "security.changePassword", "mutation").data.fields).toEqual(["newPassword"]);
    const before = await sessionOf(jana.userId);
    expect(await sessionOf(jana.userId)).toBe(before); // refused attempts changed nothing

    expect(await me.security.changePassword({ currentPassword: KIT_PASSWORD, newPassword: NEW_PASSWORD })).toEqual({ changed: true });
    expect(await rejectionCode((await callerAs(jana, { sessionVersion: before })).me.get())).toBe("UNAUTHORIZED");
    const deps = depsFor(testDb(), kitClock());
    expect(await authenticate(deps, SignInInput.parse({ email: jana.email, password: NEW_PASSWORD }), freshIp())).toMatchObject({
      ok: true,
    });
  });

  it("sign out everywhere kills a copied session at its next request", async () => {
    const jana = await createHousehold();
    const version = await sessionOf(jana.userId);
    const copied = { sessionVersion: version };
    expect(await (await callerAs(jana, copied)).me.get()).toMatchObject({ user: { id: jana.userId } });
    expect(await (await callerAs(jana)).security.signOutEverywhere()).toEqual({ signedOut: true });
    expect(await rejectionCode((await callerAs(jana, copied)).me.get())).toBe("UNAUTHORIZED");
    expect(await rejectionCode((await callerAs(jana, copied)).security.signIns())).toBe("UNAUTHORIZED");
  });

  it("signing out ends that session only: a copy of its cookie is signed out, the person's other session lives on", async () => {
    const jana = await createHousehold();
    const laptop = { sessionId: newSessionId() };
    const phone = { sessionId: newSessionId() };
    expect(await principalOf(jana, laptop)).not.toBeNull();
    await endSession(depsFor(testDb(), kitClock()), laptop);
    await endSession(depsFor(testDb(), kitClock()), laptop); // a second tab signing out too

    expect(await principalOf(jana, laptop)).toBeNull();
    expect(await rejectionCode((await callerAs(jana, laptop)).me.get())).toBe("UNAUTHORIZED");
    expect(await (await callerAs(jana, phone)).me.get()).toMatchObject({ user: { id: jana.userId } });
  });

  it("a session without an id (a cookie from before sessions had one) is refused", async () => {
    const jana = await createHousehold();
    expect(await principalOf(jana, { sessionId: "" })).toBeNull();
  });

  it("lists the last 10 successful sign-ins, newest first, with time and address", async () => {
    const jana = await createHousehold();
    const clock = kitClock();
    const deps = depsFor(testDb(), clock);
    const ips: string[] = [];
    for (let i = 0; i < 12; i++) {
      clock.advance(60_000);
      ips.push(freshIp());
      await authenticate(deps, SignInInput.parse({ email: jana.email, password: KIT_PASSWORD }), ips[i]!, "Firefox");
    }
    await authenticate(deps, SignInInput.parse({ email: jana.email, password: "wrong one" }), freshIp());
    const list = await (await callerAs(jana, { clock })).security.signIns();
    expect(list).toHaveLength(10);
    expect(list.map((s) => s.ip)).toEqual(ips.slice(2).reverse());
    expect(list[0]).toEqual({ at: clock.now(), ip: ips[11], method: "password", userAgent: "Firefox" });
    expect(await (await callerAs(await createHousehold())).security.signIns()).toEqual([]); // nobody else's
  });
});
