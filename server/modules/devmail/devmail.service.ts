// The development mailbox: what the local mail catcher received. Exists only when the catcher runs.
import type { Deps } from "~/server/container";
import { env } from "~/server/env";
import { notFound } from "~/server/lib/errors";
import { latestMail } from "./devmail.repository";

export async function listDevMail(deps: Deps) {
  if (!env.DEV_MAILBOX) throw notFound("mailbox");
  return latestMail(deps);
}
