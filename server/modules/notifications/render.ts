// Renders a notification in one language (ICU messages through use-intl's translator).
import { createTranslator } from "use-intl/core";
import type { AppLocale } from "~/server/lib/locales";
import type { NotificationData, NotificationKind } from "./kinds";
import { cs } from "./templates/cs";
import { en } from "./templates/en";
import { ru } from "./templates/ru";
import { zh } from "./templates/zh";

export const templates = { en, cs, ru, zh } as const;
type Values = Record<string, string | number>;

// Kinds contain dots, which the translator reads as nesting: format each message on its own.
function format(locale: AppLocale, message: string, values: Values) {
  const t = createTranslator({ locale, messages: { m: message } as Record<string, string> });
  return t("m" as never, values as never) as string;
}

export function renderNotification<K extends NotificationKind>(locale: AppLocale, kind: K, data: NotificationData[K]) {
  const tpl = templates[locale].kinds[kind];
  return { title: format(locale, tpl.title, data as Values), body: format(locale, tpl.body, data as Values) };
}

export function renderEmail<K extends NotificationKind>(
  locale: AppLocale,
  kind: K,
  data: NotificationData[K],
  appUrl: string,
  link: string | null,
) {
  const { title, body } = renderNotification(locale, kind, data);
  const tpl = templates[locale];
  const parts = [body, link ? format(locale, tpl.open, { link: appUrl + link }) : null, "--", format(locale, tpl.footer, { appUrl })];
  return { subject: title, text: parts.filter(Boolean).join("\n\n") };
}
