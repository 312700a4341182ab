import type { AppLocale } from "~/server/lib/locales";
import { cs } from "./messages/cs";
import { en } from "./messages/en";
import { ru } from "./messages/ru";
import { zh } from "./messages/zh";

export const catalogues = { en, cs, ru, zh } satisfies Record<AppLocale, unknown>;
export type Messages = typeof en;

/** Each language's name in its own words, for the switcher. */
export const languageNames: Record<AppLocale, string> = { en: "English", cs: "Čeština", ru: "Русский", zh: "中文" };
