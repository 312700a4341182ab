// The development mailbox: what the local mail catcher received. Exists only when the catcher runs.
import type { Deps } from "~/server/container";
import { env } from "~/server/env";
import { notFound } from "~/server/lib/errors";

export async function listDevMail({ db }: Deps) {
  if (!env.DEV_MAILBOX) throw notFound("mailbox");
  return db.devMail.findMany({ orderBy: { receivedAt: "desc" }, take: 100 });
}
