import { describe, expect, it } from "vitest";
import { passwordProblem } from "./password-policy";

describe("password policy", () => {
  it("needs at least 12 characters (counted as characters, not bytes)", () => {
    expect(passwordProblem("Tr0ub4dor&3")).toBe("tooShort");
    expect(passwordProblem("plum-kettle-9")).toBeNull();
    expect(passwordProblem("žluťoučký kůň")).toBeNull();
    expect(passwordProblem("密码密码密码密码密码")).toBe("tooShort");
  });

  it("refuses common passwords from the list, whatever their case, also with digits or signs tacked on", () => {
    expect(passwordProblem("qwertyuiopasdfgh")).toBeNull(); // not on the list: only its shape is keyboard-ish
    expect(passwordProblem("1q2w3e4r5t6y")).toBe("common");
    expect(passwordProblem("PASSWORD1234")).toBe("common");
    expect(passwordProblem("iloveyou2026!!")).toBe("common");
    expect(passwordProblem("football12345")).toBe("common");
  });

  it("refuses one or two characters repeated, and the e-mail's own name", () => {
    expect(passwordProblem("aaaaaaaaaaaa")).toBe("common");
    expect(passwordProblem("abababababab")).toBe("common");
    expect(passwordProblem("anna.novakova", { email: "Anna.Novakova@demo.test" })).toBe("common");
    expect(passwordProblem("anna.novakova", { email: "someone@demo.test" })).toBeNull();
  });

  it("accepts a passphrase, and the demo password stays acceptable", () => {
    expect(passwordProblem("correct horse battery staple")).toBeNull();
    expect(passwordProblem("demo-pass-2026")).toBeNull();
  });

  it("refuses more than 200 characters", () => {
    expect(passwordProblem("x".repeat(100) + "y".repeat(101))).toBe("tooLong");
  });
});
