"use server";
// Account access without a password, as server actions over the router (the forms work before scripts load).
import { TRPCError } from "@trpc/server";
import { AuthError } from "next-auth";
import { redirect } from "next/navigation";
import { api } from "~/app/_lib/trpc/server";
import { signIn } from "~/server/auth/auth";
import { RequestLinkInput, ResetPasswordInput } from "~/server/modules/identity/identity.schemas";

export type RequestLinkState = { status: "idle" | "sent" | "invalidInput" | "throttled"; email: string; minutes?: number };

const retryMinutes = (e: TRPCError) => {
  const seconds = (e.cause as { details?: { retryAfterSeconds?: number } } | undefined)?.details?.retryAfterSeconds ?? 60;
  return Math.max(1, Math.ceil(seconds / 60));
};

async function requestLink(purpose: "reset" | "signIn", form: FormData): Promise<RequestLinkState> {
  const typed = form.get("email");
  const email = typeof typed === "string" ? typed.slice(0, 254) : "";
  const input = RequestLinkInput.safeParse({ email: typed });
  if (!input.success) return { status: "invalidInput", email };
  const caller = await api();
  try {
    await (purpose === "reset" ? caller.account.requestPasswordReset(input.data) : caller.account.requestSignInLink(input.data));
  } catch (e) {
    if (e instanceof TRPCError && e.code === "TOO_MANY_REQUESTS") return { status: "throttled", email, minutes: retryMinutes(e) };
    throw e;
  }
  return { status: "sent", email };
}

export const requestResetAction = async (_: RequestLinkState, form: FormData) => requestLink("reset", form);
export const requestSignInLinkAction = async (_: RequestLinkState, form: FormData) => requestLink("signIn", form);

export type ResetState = { status: "idle" | "invalidInput" | "used" | "expired" | "unknown" };

export async function resetPasswordAction(_: ResetState, form: FormData): Promise<ResetState> {
  const input = ResetPasswordInput.safeParse({ token: form.get("token"), password: form.get("password") });
  if (!input.success) return { status: "invalidInput" };
  let state: Awaited<ReturnType<Awaited<ReturnType<typeof api>>["account"]["resetPassword"]>>["state"];
  try {
    ({ state } = await (await api()).account.resetPassword(input.data));
  } catch (e) {
    if (e instanceof TRPCError && e.code === "BAD_REQUEST") return { status: "invalidInput" };
    throw e;
  }
  if (state !== "changed") return { status: state };
  redirect("/sign-in?notice=passwordReset");
}

export type LinkSignInState = { status: "idle" | "used" | "expired" | "unknown" };
const linkProblems = ["used", "expired", "unknown"] as const;

export async function signInWithLinkAction(_: LinkSignInState, form: FormData): Promise<LinkSignInState> {
  const token = form.get("token");
  if (typeof token !== "string") return { status: "unknown" };
  try {
    await signIn("email-link", { token, redirectTo: "/dashboard" });
  } catch (e) {
    if (e instanceof AuthError) {
      const code = (e as AuthError & { code?: string }).code;
      return { status: linkProblems.find((p) => p === code) ?? "unknown" };
    }
    throw e; // the redirect after success
  }
  return { status: "idle" };
}
