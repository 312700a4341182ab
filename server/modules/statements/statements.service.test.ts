import { describe, expect, it } from "vitest";
import { addMonths, checkRange, verificationCode } from "./statements.service";

describe("statement range", () => {
  it("accepts up to 24 months and refuses a reversed or longer range with the field", () => {
    expect(() => checkRange("2024-11-24", "2026-11-23")).not.toThrow();
    expect(() => checkRange("2026-11-23", "2026-11-23")).not.toThrow();
    expect(() => checkRange("2026-11-24", "2026-11-23")).toThrow(
      expect.objectContaining({ code: "VALIDATION", details: { field: "from" } }),
    );
    expect(() => checkRange("2024-11-23", "2026-11-23")).toThrow(expect.objectContaining({ code: "VALIDATION", details: { field: "to" } }));
  });

  it("adds months clamped to the month's end", () => {
    expect(addMonths("2024-01-31", 1)).toBe("2024-02-29");
    expect(addMonths("2024-11-30", 24)).toBe("2026-11-30");
  });
});

describe("certificate verification code", () => {
  it("depends on the account, the day and the secret", () => {
    const code = verificationCode("a1", "2026-11-23", "secret-0123456789abcdef");
    expect(code).toMatch(/^[0-9A-F]{4}(-[0-9A-F]{4}){3}$/);
    expect(verificationCode("a1", "2026-11-23", "secret-0123456789abcdef")).toBe(code);
    expect(verificationCode("a2", "2026-11-23", "secret-0123456789abcdef")).not.toBe(code);
    expect(verificationCode("a1", "2026-11-24", "secret-0123456789abcdef")).not.toBe(code);
    expect(verificationCode("a1", "2026-11-23", "other-secret-0123456789")).not.toBe(code);
  });
});
