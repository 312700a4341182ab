// The account e-mails (reset link, sign-in link, password changed, invitation) in each of the portal's languages.
import type { AppLocale } from "~/server/lib/locales";
import { locales } from "~/server/lib/locales";
import type { Mail } from "./account.repository";
import { cs } from "./mail/cs";
import { en } from "./mail/en";
import { ru } from "./mail/ru";
import { zh } from "./mail/zh";
import type { AccountMailTexts } from "./mail/types";

const texts: Record<AppLocale, AccountMailTexts> = { en, cs, ru, zh };
export type AccountMailKind = Exclude<keyof AccountMailTexts, "footer">;

const fill = (s: string, values: Record<string, string>) => s.replace(/\{(\w+)\}/g, (m, k: string) => values[k] ?? m);

export function accountMail(locale: AppLocale, kind: AccountMailKind, values: { appUrl: string; link?: string; company?: string }): Mail {
  const t = texts[locale];
  const v = { appUrl: values.appUrl, link: values.link ?? "", company: values.company ?? "" };
  return { subject: fill(t[kind].subject, v), text: `${fill(t[kind].body, v)}\n\n--\n${fill(t.footer, v)}` };
}

/** The same e-mail in every language: the recipient's is picked where their account is read. */
export const accountMailInEveryLanguage = (kind: AccountMailKind, values: { appUrl: string; link: string }) =>
  Object.fromEntries(locales.map((l) => [l, accountMail(l, kind, values)])) as Record<AppLocale, Mail>;
