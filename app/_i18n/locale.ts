import { cookies, headers } from "next/headers";
import { currentSession } from "~/server/auth/auth";
import { LOCALE_COOKIE } from "~/server/auth/cookies";
import { defaultLocale, isLocale, locales, type AppLocale } from "~/server/lib/locales";

/** Chosen language (cookie) → the signed-in person's saved language → the browser's → English. */
export async function resolveLocale(): Promise<AppLocale> {
  const chosen = (await cookies()).get(LOCALE_COOKIE)?.value;
  if (isLocale(chosen)) return chosen;
  const session = await currentSession().catch(() => null);
  if (isLocale(session?.locale)) return session.locale;
  return fromAcceptLanguage((await headers()).get("accept-language"));
}

function fromAcceptLanguage(header: string | null): AppLocale {
  const ranked = (header ?? "")
    .split(",")
    .map((part) => {
      const [tag = "", q] = part.trim().split(";q=");
      return { lang: tag.toLowerCase().split("-")[0] ?? "", q: q ? Number(q) : 1 };
    })
    .sort((a, b) => b.q - a.q);
  return ranked.map((r) => r.lang).find((l): l is AppLocale => (locales as readonly string[]).includes(l)) ?? defaultLocale;
}
