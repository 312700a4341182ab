import { describe, expect, it } from "vitest";
import { dummyHash, hashPassword, verifyPassword } from "./password";

describe("password hashing", () => {
  it("a hash verifies the password it was made from", async () => {
    const stored = await hashPassword("correct horse battery staple");
    expect(await verifyPassword(stored, "correct horse battery staple")).toBe(true);
  });

  it("is argon2id with the OWASP baseline parameters, salted per hash", async () => {
    const a = await hashPassword("same");
    const b = await hashPassword("same");
    expect(a).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    expect(a).not.toBe(b);
  });

  it("a wrong password does not verify", async () => {
    const stored = await hashPassword("correct horse battery staple");
    expect(await verifyPassword(stored, "Correct horse battery staple")).toBe(false);
    expect(await verifyPassword(stored, "")).toBe(false);
  });

  it("a garbage stored hash is false, not an exception", async () => {
    for (const garbage of ["", "not-a-hash", "$argon2id$v=19$m=19456,t=2,p=1$broken", "$2b$10$abcdefghijklmnopqrstuv"]) {
      expect(await verifyPassword(garbage, "anything")).toBe(false);
    }
  });

  it("unicode passwords round-trip", async () => {
    const stored = await hashPassword("пароль-密码-heslo-🔐");
    expect(await verifyPassword(stored, "пароль-密码-heslo-🔐")).toBe(true);
    expect(await verifyPassword(stored, "пароль-密码-heslo")).toBe(false);
  });

  it("the dummy hash used for unknown accounts is one real hash that nothing verifies against", async () => {
    const first = await dummyHash();
    expect(await dummyHash()).toBe(first);
    expect(first).toMatch(/^\$argon2id\$/);
    expect(await verifyPassword(first, "not-a-real-password-")).toBe(false);
  });
});
