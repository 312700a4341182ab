import { describe, expect, it } from "vitest";
import { verifyPassword } from "~/server/auth/password";
import { testDb } from "~/tests/kit/db";
import { createStaffUser, StaffInput } from "./staff-create";

describe("staff:create", () => {
  const input = { email: " First.Dispatcher@Example.com ", name: "First dispatcher", role: "dispatcher", password: "a-long-passphrase-1" };

  it("creates a staff user who can sign in with the password, and refuses the same e-mail twice", async () => {
    const parsed = StaffInput.parse(input);
    const { id } = await createStaffUser(testDb(), parsed);
    const user = await testDb().user.findUniqueOrThrow({
      where: { id },
      select: { email: true, staffRole: true, passwordHash: true },
    });
    expect(user).toMatchObject({ email: "first.dispatcher@example.com", staffRole: "dispatcher" });
    expect(await verifyPassword(user.passwordHash, "a-long-passphrase-1")).toBe(true);
    await expect(createStaffUser(testDb(), { ...parsed, name: "Other" })).rejects.toThrow(/already has an account/);
    expect((await testDb().user.findUniqueOrThrow({ where: { id } })).name).toBe("First dispatcher");
  });

  it("refuses a bad role, e-mail or short password with a message naming it", () => {
    const issues = (i: object) => StaffInput.safeParse({ ...input, ...i }).error?.issues.map((x) => x.message);
    expect(issues({ role: "technician" })).toEqual(["--role must be dispatcher or billing_agent"]);
    expect(issues({ email: "nobody" })).toEqual(["--email must be an e-mail address"]);
    expect(issues({ password: "short" })).toEqual(["STAFF_PASSWORD must be at least 12 characters"]);
  });
});
