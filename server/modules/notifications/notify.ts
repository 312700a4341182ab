// The one way any feature tells a person something: in-app and e-mail, in their language,
// honouring their preferences. Runs inside the caller's transaction, so the notice exists iff the change does.
import type { Tx } from "~/server/db/client";
import { env } from "~/server/env";
import { enqueueEmail } from "~/server/mail/outbox";
import { isLocale } from "~/server/lib/locales";
import { mandatory, type Channel, type NotificationData, type NotificationKind } from "./kinds";
import { renderEmail } from "./render";

export type Recipient = { userId: string; customerId?: string | null };

export async function notify<K extends NotificationKind>(
  tx: Tx,
  recipient: Recipient,
  kind: K,
  data: NotificationData[K],
  link: string | null = null,
) {
  const user = await tx.user.findUnique({
    where: { id: recipient.userId },
    select: { email: true, locale: true, preferences: { where: { kind } } },
  });
  if (!user) return;
  const wants = (channel: Channel) =>
    mandatory[kind]?.includes(channel) || (user.preferences.find((p) => p.channel === channel)?.enabled ?? true);

  if (wants("in_app")) {
    await tx.notification.create({
      data: { userId: recipient.userId, customerId: recipient.customerId ?? null, kind, data, link },
    });
  }
  if (wants("email")) {
    const locale = isLocale(user.locale) ? user.locale : "en";
    const mail = renderEmail(locale, kind, data, env.APP_URL, link);
    await enqueueEmail(tx, user.email, mail);
  }
}
