import { describe, expect, it } from "vitest";
import { depsFor } from "~/server/container";
import { exportAudit } from "~/server/modules/audit/audit.service";
import { callerAs, createEnterprise, kitClock, principalOf, rejectionCode, testDb, uniq } from "~/tests/kit";

describe("the company's audit log", () => {
  it("lists what the company's admins did, newest first, filtered by object, person and day; nobody else's", async () => {
    const acme = await createEnterprise();
    const other = await createEnterprise();
    const admin = await callerAs(acme.admin);
    const email = `audited-${uniq()}@kit.test`;
    const { invitationId } = await admin.members.invite({ email, role: "member", scope: { allServices: true } });
    await admin.members.revokeInvitation({ invitationId });
    const sub = await testDb().membership.findFirstOrThrow({ where: { customerId: acme.customerId, userId: acme.subUser.userId } });
    await admin.members.setRole({ membershipId: sub.id, role: "technical" });
    await (
      await callerAs(other.admin)
    ).members.invite({ email: `elsewhere-${uniq()}@kit.test`, role: "member", scope: { allServices: true } });

    const all = await admin.audit.list({ page: 1 });
    expect(all.entries.map((e) => e.action)).toEqual(["member.role", "invitation.revoke", "invitation.send"]);
    expect(all.entries[0]).toMatchObject({ actor: { name: acme.admin.name, email: acme.admin.email }, entity: "membership" });
    expect(all.entries[0]!.details).toContain("from: member");
    expect(all.entries[0]!.details).toContain("to: technical");
    expect(all.entities).toEqual(["invitation", "membership"]);
    expect(all.actors).toEqual([{ userId: acme.admin.userId, name: acme.admin.name, email: acme.admin.email }]);

    expect((await admin.audit.list({ page: 1, entity: "invitation" })).entries.map((e) => e.action)).toEqual([
      "invitation.revoke",
      "invitation.send",
    ]);
    expect((await admin.audit.list({ page: 1, actorUserId: acme.admin.userId })).total).toBe(3);
    expect(await rejectionCode(admin.audit.list({ page: 1, actorUserId: other.admin.userId }))).toBe("NOT_FOUND");
    const today = all.entries[0]!.at.toISOString().slice(0, 10);
    expect((await admin.audit.list({ page: 1, from: today, to: today })).total).toBe(3);
    expect((await admin.audit.list({ page: 1, to: "2000-01-01" })).total).toBe(0);
    expect(await rejectionCode(admin.audit.list({ page: 1, from: "yesterday" }))).toBe("BAD_REQUEST");
    expect(await rejectionCode((await callerAs(acme.subUser)).audit.list({ page: 1 }))).toBe("FORBIDDEN");
  });

  it("is append-only: the database refuses to change or delete an entry", async () => {
    const acme = await createEnterprise();
    await (await callerAs(acme.admin)).members.invite({ email: `kept-${uniq()}@kit.test`, role: "member", scope: { allServices: true } });
    const entry = await testDb().auditLog.findFirstOrThrow({ where: { customerId: acme.customerId } });
    await expect(testDb().auditLog.update({ where: { id: entry.id }, data: { action: "nothing.happened" } })).rejects.toThrow(
      /append-only/,
    );
    await expect(testDb().auditLog.delete({ where: { id: entry.id } })).rejects.toThrow(/append-only/);
    expect(await testDb().auditLog.findUniqueOrThrow({ where: { id: entry.id } })).toEqual(entry);
  });

  it("exports every matching entry once, newest first, a page at a time", async () => {
    const acme = await createEnterprise();
    const admin = await callerAs(acme.admin);
    for (let i = 0; i < 5; i++)
      await admin.members.invite({ email: `many-${i}-${uniq()}@kit.test`, role: "member", scope: { allServices: true } });
    const actor = await principalOf(acme.admin);
    if (actor?.kind !== "customer") throw new Error("the admin acts for the company");
    const pages = [];
    for await (const page of exportAudit(depsFor(testDb(), kitClock()), actor, {}, 2)) pages.push(page.map((e) => e.id));
    expect(pages.map((p) => p.length)).toEqual([2, 2, 1]);
    const ids = pages.flat().map(BigInt);
    expect(new Set(ids).size).toBe(5);
    expect([...ids].sort((a, b) => (a < b ? 1 : -1))).toEqual(ids);
  });
});
