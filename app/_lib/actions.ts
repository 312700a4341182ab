"use server";
// Server actions for what sets cookies: sign-in/out, the customer switcher, the language switcher.
import { AuthError } from "next-auth";
import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { z } from "zod";
import { currentSession, signIn, signOut } from "~/server/auth/auth";
import { ACTIVE_CUSTOMER_COOKIE, LOCALE_COOKIE, preferenceCookie } from "~/server/auth/cookies";
import { getDeps } from "~/server/container";
import { env } from "~/server/env";
import { locales } from "~/server/lib/locales";
import { Id } from "~/server/lib/ids";
import { canActFor, setLocale } from "~/server/modules/identity/identity.service";
import { SignInInput } from "~/server/modules/identity/identity.schemas";
import { endSession } from "~/server/modules/identity/security.service";
import { api } from "./trpc/server";

/** email: what was typed, so a failed attempt keeps it filled in. */
export type SignInState = { error: "invalid" | "throttled" | "invalidInput" | null; minutes?: number; email?: string };

const safeNext = (v: FormDataEntryValue | null) => (typeof v === "string" && /^\/(?!\/)[\w\-/?=&%.]*$/.test(v) ? v : "/dashboard");

export async function signInAction(_: SignInState, form: FormData): Promise<SignInState> {
  const typed = form.get("email");
  const email = typeof typed === "string" ? typed.slice(0, 254) : "";
  const input = SignInInput.safeParse({ email: typed, password: form.get("password") });
  if (!input.success) return { error: "invalidInput", email };
  try {
    await signIn("credentials", { ...input.data, redirectTo: safeNext(form.get("next")) });
  } catch (e) {
    if (e instanceof AuthError) {
      const code = (e as AuthError & { code?: string }).code;
      return code === "throttled" ? { error: "throttled", minutes: env.LOGIN_WINDOW_MINUTES, email } : { error: "invalid", email };
    }
    throw e; // the redirect after success
  }
  return { error: null };
}

export async function signOutAction() {
  // Ended server-side before the cookie is dropped: a copy of the cookie must not outlive the sign-out.
  const session = await currentSession();
  if (session) await endSession(getDeps(), session);
  (await cookies()).delete(ACTIVE_CUSTOMER_COOKIE);
  await signOut({ redirectTo: "/sign-in" });
}

const cookieOptions = () => preferenceCookie(env.APP_URL);

export async function switchCustomerAction(form: FormData) {
  const customerId = Id.safeParse(form.get("customerId"));
  const { actor } = await api();
  if (!actor || !customerId.success || !(await canActFor(getDeps(), actor, customerId.data))) redirect("/dashboard");
  (await cookies()).set(ACTIVE_CUSTOMER_COOKIE, customerId.data, cookieOptions());
  redirect("/dashboard");
}

export async function setLanguageAction(form: FormData) {
  const locale = z.enum(locales).safeParse(form.get("locale"));
  if (!locale.success) return;
  (await cookies()).set(LOCALE_COOKIE, locale.data, cookieOptions());
  const { actor } = await api();
  if (actor) await setLocale(getDeps(), actor, { locale: locale.data });
}
