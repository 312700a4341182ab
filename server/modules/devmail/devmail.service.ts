// The development mailbox: what the local mail catcher received. Exists only when the catcher runs. Mail carries
// sign-in and reset links, so nobody sees another person's: a signed-in person sees what was sent to them, and
// everyone's mail needs the mailbox key (the launcher's own secret).
import { createHash, timingSafeEqual } from "node:crypto";
import type { Principal } from "~/server/auth/principal";
import type { Deps } from "~/server/container";
import { env } from "~/server/env";
import { notFound } from "~/server/lib/errors";
import { latestMail, latestMailTo } from "./devmail.repository";
import { getMe } from "~/server/modules/identity/identity.service";
import type { ListDevMailInput } from "./devmail.schemas";

export type MailboxConfig = { enabled: boolean; key: string | undefined };
const fromEnv = (): MailboxConfig => ({ enabled: env.DEV_MAILBOX, key: env.DEV_MAILBOX_KEY });

const digest = (s: string) => createHash("sha256").update(s).digest();
const keyMatches = (given: string | undefined, key: string | undefined) => !!given && !!key && timingSafeEqual(digest(given), digest(key));

export async function listDevMail(deps: Deps, actor: Principal | null, input: ListDevMailInput, config: MailboxConfig = fromEnv()) {
  if (!config.enabled) throw notFound("mailbox");
  if (keyMatches(input?.key, config.key)) return { scope: "all" as const, mails: await latestMail(deps) };
  if (!actor) return { scope: "none" as const, mails: [] };
  const me = await getMe(deps, actor);
  return { scope: "own" as const, mails: await latestMailTo(deps, me.user.email) };
}
