import { describe, expect, it } from "vitest";
import { locales } from "~/server/lib/locales";
import { accountMail, accountMailInEveryLanguage } from "./account-mail";

describe("account e-mails", () => {
  it("carry the link and the portal's address in every language, each in its own words", () => {
    const link = "https://portal.example/reset-password/abc";
    const mails = accountMailInEveryLanguage("password_reset", { appUrl: "https://portal.example", link });
    for (const l of locales) {
      expect(mails[l].text).toContain(link);
      expect(mails[l].text).toContain("https://portal.example");
      expect(mails[l].text).not.toMatch(/\{\w+\}/);
    }
    expect(new Set(locales.map((l) => mails[l].subject)).size).toBe(locales.length);
    expect(mails.cs.subject).toBe("Obnovení hesla");
  });

  it("the password-changed notice points to the reset page", () => {
    expect(accountMail("ru", "password_changed", { appUrl: "https://p.example" }).text).toContain("https://p.example/forgot-password");
  });
});
