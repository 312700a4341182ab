/** Texts of the account e-mails in one language; {link}, {appUrl} and {company} are filled in. */
export type AccountMailTexts = {
  password_reset: { subject: string; body: string };
  sign_in_link: { subject: string; body: string };
  password_changed: { subject: string; body: string };
  invitation: { subject: string; body: string };
  footer: string;
};
