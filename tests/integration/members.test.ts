import { describe, expect, it } from "vitest";
import { depsFor } from "~/server/container";
import { authenticate } from "~/server/modules/identity/identity.service";
import { SignInInput } from "~/server/modules/identity/identity.schemas";
import { callerAs, createEnterprise, createHousehold, kitClock, principalOf, rejection, rejectionCode, testDb, uniq } from "~/tests/kit";

const PASSWORD = "plum kettle on the windowsill";

async function invitationLinkTo(email: string) {
  const rows = await testDb().outboxMessage.findMany({ where: { topic: "email" }, orderBy: { createdAt: "desc" } });
  const mail = rows.map((r) => r.payload as { to: string; subject: string; text: string }).find((p) => p.to === email);
  const token = mail?.text.match(/\/invitation\/([A-Za-z0-9_-]{43})/)?.[1];
  if (!mail || !token) throw new Error(`no invitation mailed to ${email}`);
  return { mail, token };
}

const auditOf = (customerId: string) =>
  testDb()
    .auditLog.findMany({ where: { customerId }, orderBy: { id: "asc" }, select: { action: true } })
    .then((rows) => rows.map((r) => r.action));

describe("inviting people into a company", () => {
  it("mails a single-use link; the invitee sets a password and acts on the one granted line only", async () => {
    const acme = await createEnterprise();
    const admin = await callerAs(acme.admin);
    const anonymous = await callerAs(null);
    const email = `new-${uniq()}@kit.test`;

    await admin.members.invite({
      email: email.toUpperCase(),
      role: "member",
      scope: { allServices: false, serviceIds: [acme.lines.fieldPhone2] },
    });
    const { mail, token } = await invitationLinkTo(email);
    expect(mail.subject).toContain(`Acme`);
    expect(await testDb().invitation.count({ where: { tokenHash: token } })).toBe(0); // only the hash is kept
    const listed = await admin.members.list({ page: 1 });
    expect(listed.invitations).toMatchObject([{ email, role: "member", allServices: false, lineCount: 1, expired: false }]);

    // until it is accepted, the invitation waits on the admin's home screen
    const home = await admin.dashboard.get();
    expect(home.attentionItems).toContainEqual(
      expect.objectContaining({ kind: "invitation_pending", title: email, href: "/enterprise/users" }),
    );

    expect(await anonymous.invitation.check({ token })).toMatchObject({ state: "valid", email, hasAccount: false });
    expect(await anonymous.invitation.accept({ token })).toEqual({ state: "account_required", email });
    // a weak password changes nothing
    expect(
      await rejectionCode(anonymous.invitation.accept({ token, account: { name: "Eva", password: "password1234", locale: "cs" } })),
    ).toBe("BAD_REQUEST");
    expect(await anonymous.invitation.check({ token })).toMatchObject({ state: "valid" });

    expect(await anonymous.invitation.accept({ token, account: { name: "Eva Nová", password: PASSWORD, locale: "cs" } })).toEqual({
      state: "accepted",
      email,
      customerId: acme.customerId,
    });
    expect(await anonymous.invitation.check({ token })).toEqual({ state: "used" });
    expect((await admin.dashboard.get()).attentionItems.filter((i) => i.kind === "invitation_pending")).toEqual([]);
    expect(await anonymous.invitation.accept({ token, account: { name: "Eva", password: PASSWORD, locale: "cs" } })).toEqual({
      state: "used",
    });

    const signedIn = await authenticate(depsFor(testDb(), kitClock()), SignInInput.parse({ email, password: PASSWORD }), "192.0.2.44");
    expect(signedIn.ok).toBe(true);
    const eva = { userId: signedIn.ok ? signedIn.user.id : "" };
    const evaActs = await principalOf(eva);
    expect(evaActs).toMatchObject({ customerId: acme.customerId, role: "member", serviceIds: [acme.lines.fieldPhone2] });
    const lines = await (await callerAs(evaActs)).services.list({ pageSize: 100 });
    expect(lines.items.map((s) => s.id)).toEqual([acme.lines.fieldPhone2]);
    expect(await auditOf(acme.customerId)).toEqual(expect.arrayContaining(["invitation.send", "invitation.accept"]));
  });

  it("an address with an account joins only while signed in as it, and keeps its own customer", async () => {
    const acme = await createEnterprise();
    const jana = await createHousehold();
    const admin = await callerAs(acme.admin);
    await admin.members.invite({ email: jana.email, role: "billing", scope: { allServices: true } });
    const { token } = await invitationLinkTo(jana.email);

    const stranger = await callerAs(acme.subUser);
    expect(await (await callerAs(null)).invitation.check({ token })).toMatchObject({ hasAccount: true, signedInAsInvitee: false });
    expect(await stranger.invitation.accept({ token })).toEqual({ state: "sign_in_required", email: jana.email });
    expect(await (await callerAs(jana)).invitation.accept({ token })).toEqual({
      state: "accepted",
      email: jana.email,
      customerId: acme.customerId,
    });
    expect(await principalOf(jana, { customerId: acme.customerId })).toMatchObject({
      customerId: acme.customerId,
      role: "billing",
      serviceIds: null,
    });
    expect(await principalOf(jana)).toMatchObject({ customerId: jana.customerId });
  });

  it("a revoked, a resent-over, an expired link and a wrong one are refused; a member is not invited twice", async () => {
    const acme = await createEnterprise();
    const admin = await callerAs(acme.admin);
    const anonymous = await callerAs(null);
    const email = `late-${uniq()}@kit.test`;
    const { invitationId } = await admin.members.invite({ email, role: "member", scope: { allServices: true } });
    const first = (await invitationLinkTo(email)).token;
    await admin.members.resendInvitation({ invitationId });
    const second = (await invitationLinkTo(email)).token;
    expect(second).not.toBe(first);
    expect(await anonymous.invitation.check({ token: first })).toEqual({ state: "unknown" });
    expect(await anonymous.invitation.check({ token: "not a token" })).toEqual({ state: "unknown" });
    const eightDaysOn = await callerAs(null, { clock: kitClock(new Date(kitClock().now().getTime() + 8 * 86_400_000)) });
    expect(await eightDaysOn.invitation.check({ token: second })).toEqual({ state: "expired" });
    await admin.members.revokeInvitation({ invitationId });
    expect(await anonymous.invitation.check({ token: second })).toEqual({ state: "revoked" });
    expect((await admin.members.list({ page: 1 })).invitations).toEqual([]);

    expect(await rejectionCode(admin.members.invite({ email: acme.subUser.email, role: "member", scope: { allServices: true } }))).toBe(
      "CONFLICT",
    );
    const foreign = await createEnterprise();
    const bad = await rejection(
      admin.members.invite({ email, role: "member", scope: { allServices: false, serviceIds: [foreign.lines.ceoPhone] } }),
    );
    expect(bad.code).toBe("BAD_REQUEST");
    expect(await testDb().invitation.count({ where: { customerId: acme.customerId, revokedAt: null } })).toBe(0);
  });
});

describe("changing a member", () => {
  const subUserMembership = (acme: Awaited<ReturnType<typeof createEnterprise>>) =>
    testDb().membership.findFirstOrThrow({ where: { customerId: acme.customerId, userId: acme.subUser.userId }, select: { id: true } });

  it("scope, role and suspension show at the member's next request, without signing in again", async () => {
    const acme = await createEnterprise();
    const admin = await callerAs(acme.admin);
    const { id: membershipId } = await subUserMembership(acme);
    expect(await principalOf(acme.subUser)).toMatchObject({ serviceIds: [acme.subUser.grantedServiceId] });

    await admin.members.setScope({
      membershipId,
      scope: { allServices: false, serviceIds: [acme.lines.fieldPhone1, acme.lines.reception] },
    });
    expect(await principalOf(acme.subUser)).toMatchObject({
      serviceIds: expect.arrayContaining([acme.lines.fieldPhone1, acme.lines.reception]),
    });
    expect(await admin.members.scope({ membershipId })).toMatchObject({
      allServices: false,
      serviceIds: expect.arrayContaining([acme.lines.reception]),
    });
    await admin.members.setScope({ membershipId, scope: { allServices: true } });
    expect(await principalOf(acme.subUser)).toMatchObject({ serviceIds: null });

    await admin.members.setRole({ membershipId, role: "billing" });
    expect(await principalOf(acme.subUser)).toMatchObject({ role: "billing" });

    await admin.members.setSuspended({ membershipId, suspended: true });
    expect(await principalOf(acme.subUser)).toBeNull(); // their only company: signed out at the next request
    expect((await admin.members.list({ page: 1, q: acme.subUser.email })).members).toMatchObject([{ suspended: true }]);
    await admin.members.setSuspended({ membershipId, suspended: false });
    expect(await principalOf(acme.subUser)).toMatchObject({ customerId: acme.customerId });

    await admin.members.remove({ membershipId });
    expect(await principalOf(acme.subUser)).toBeNull();
    expect(await testDb().service.count({ where: { assignedUserId: acme.subUser.userId } })).toBe(0);
    expect(await auditOf(acme.customerId)).toEqual(
      expect.arrayContaining(["member.scope", "member.role", "member.suspend", "member.resume", "member.remove"]),
    );
  });

  it("nobody removes, suspends or demotes the company's last admin", async () => {
    const acme = await createEnterprise();
    const admin = await callerAs(acme.admin);
    const mine = await testDb().membership.findFirstOrThrow({ where: { customerId: acme.customerId, userId: acme.admin.userId } });
    expect(await rejectionCode(admin.members.setRole({ membershipId: mine.id, role: "member" }))).toBe("CONFLICT");
    expect(await rejectionCode(admin.members.remove({ membershipId: mine.id }))).toBe("CONFLICT");
    expect(await rejectionCode(admin.members.setSuspended({ membershipId: mine.id, suspended: true }))).toBe("CONFLICT");
    expect((await testDb().membership.findUniqueOrThrow({ where: { id: mine.id } })).role).toBe("admin");

    // with a second admin, the first may step down
    const { id: other } = await subUserMembership(acme);
    await admin.members.setRole({ membershipId: other, role: "admin" });
    await admin.members.setRole({ membershipId: mine.id, role: "member" });
    expect(await principalOf(acme.admin)).toMatchObject({ role: "member" });
    expect(await rejectionCode((await callerAs(acme.admin)).members.list({ page: 1 }))).toBe("FORBIDDEN");
  });

  it("lists and searches with pages; another company's member is not found", async () => {
    const acme = await createEnterprise();
    const admin = await callerAs(acme.admin);
    const all = await admin.members.list({ page: 1 });
    expect(all).toMatchObject({ total: 2, page: 1 });
    expect(all.members.find((m) => m.you)?.email).toBe(acme.admin.email);
    expect((await admin.members.list({ page: 1, q: "Karel" })).members.map((m) => m.email)).toEqual([acme.subUser.email]);
    expect((await admin.members.list({ page: 2 })).members).toEqual([]);
    const other = await createEnterprise();
    const { id } = await subUserMembership(other);
    expect(await rejectionCode(admin.members.setRole({ membershipId: id, role: "admin" }))).toBe("NOT_FOUND");
    expect(await rejectionCode(admin.members.scope({ membershipId: id }))).toBe("NOT_FOUND");
  });
});
