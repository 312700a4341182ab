import type { AccountMailTexts } from "./types";

export const en: AccountMailTexts = {
  password_reset: {
    subject: "Reset your password",
    body:
      "Someone, probably you, asked to reset the password of your account.\n\n" +
      "Set a new password here within 30 minutes:\n{link}\n\n" +
      "The link works once. If you did not ask for it, ignore this e-mail: your password stays as it is.",
  },
  sign_in_link: {
    subject: "Your sign-in link",
    body:
      "Sign in with this link within 10 minutes:\n{link}\n\n" +
      "The link works once. If you did not ask for it, ignore this e-mail: nobody can sign in without it.",
  },
  password_changed: {
    subject: "Your password was changed",
    body:
      "The password of your account was changed and every other session was signed out.\n\n" +
      "If this was not you, set a new password at once at {appUrl}/forgot-password and contact us.",
  },
  invitation: {
    subject: "You are invited to {company}",
    body:
      "You are invited to act for {company} in the self-care portal.\n\n" +
      "Accept within 7 days here:\n{link}\n\n" +
      "The link works once. If you did not expect it, ignore this e-mail.",
  },
  footer: "This e-mail is about the security of your account at {appUrl} and is sent whatever your notification settings.",
};
