"use server";
// Accepting an invitation into a company: a new account is created and signed in; an existing one joins and acts
// for the company at once.
import { TRPCError } from "@trpc/server";
import { getLocale } from "next-intl/server";
import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { api } from "~/app/_lib/trpc/server";
import { signIn } from "~/server/auth/auth";
import { ACTIVE_CUSTOMER_COOKIE, preferenceCookie } from "~/server/auth/cookies";
import { env } from "~/server/env";
import { isLocale } from "~/server/lib/locales";
import { AcceptInvitationInput } from "~/server/modules/members/members.schemas";

export type AcceptState = {
  status: "idle" | "invalidName" | "invalidPassword" | "used" | "expired" | "revoked" | "unknown" | "sign_in_required" | "account_required";
  name?: string;
};

export async function acceptInvitationAction(_: AcceptState, form: FormData): Promise<AcceptState> {
  const token = String(form.get("token") ?? "");
  const newAccount = form.get("mode") === "new";
  const locale = await getLocale();
  const typedName = String(form.get("name") ?? "").slice(0, 120);
  const password = String(form.get("password") ?? "");
  const account = newAccount ? { name: typedName, password, locale: isLocale(locale) ? locale : "en" } : undefined;
  const input = AcceptInvitationInput.safeParse({ token, account });
  if (!input.success) {
    const name = input.error.issues.some((i) => i.path.includes("name"));
    return { status: name ? "invalidName" : "invalidPassword", name: typedName };
  }
  let answer;
  try {
    answer = await (await api()).invitation.accept(input.data);
  } catch (e) {
    if (e instanceof TRPCError && e.code === "BAD_REQUEST") return { status: "invalidPassword", name: typedName };
    throw e;
  }
  if (answer.state !== "accepted") return { status: answer.state, name: typedName };
  if (answer.customerId) {
    (await cookies()).set(ACTIVE_CUSTOMER_COOKIE, answer.customerId, preferenceCookie(env.APP_URL));
  }
  if (account && answer.email) await signIn("credentials", { email: answer.email, password, redirectTo: "/dashboard" });
  redirect("/dashboard");
}
