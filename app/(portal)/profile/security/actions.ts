"use server";
import { cookies } from "next/headers";
import { AuthError } from "next-auth";
import { api } from "~/app/_lib/trpc/server";
import { signIn, signOut } from "~/server/auth/auth";
import { ACTIVE_CUSTOMER_COOKIE } from "~/server/auth/cookies";
import { SignInInput } from "~/server/modules/identity/identity.schemas";

/** After a password change: this browser signs in again with the new password; every other session stays out. */
export async function renewSessionAction(email: string, password: string): Promise<boolean> {
  const input = SignInInput.safeParse({ email, password });
  if (!input.success) return false;
  try {
    await signIn("credentials", { ...input.data, redirect: false });
    return true;
  } catch (e) {
    if (e instanceof AuthError) return false;
    throw e;
  }
}

/** Ends every session of the person (this one too) and leaves for the sign-in page. */
export async function signOutEverywhereAction() {
  await (await api()).security.signOutEverywhere();
  (await cookies()).delete(ACTIVE_CUSTOMER_COOKIE);
  await signOut({ redirectTo: "/sign-in?notice=signedOutEverywhere" });
}
