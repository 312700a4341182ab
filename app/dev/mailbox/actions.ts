"use server";
// The mailbox key lives in a cookie of its own, sent only to /dev: a developer types it once per browser.
import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { z } from "zod";
import { env } from "~/server/env";
import { MAILBOX_KEY_COOKIE } from "./key-cookie";

export async function openMailboxAction(form: FormData) {
  const key = z.string().min(1).max(200).safeParse(form.get("key"));
  if (key.success) {
    (await cookies()).set(MAILBOX_KEY_COOKIE, key.data, {
      httpOnly: true,
      sameSite: "strict",
      secure: env.APP_URL.startsWith("https:"),
      path: "/dev",
    });
  }
  redirect("/dev/mailbox");
}

export async function closeMailboxAction() {
  (await cookies()).delete({ name: MAILBOX_KEY_COOKIE, path: "/dev" });
  redirect("/dev/mailbox");
}
