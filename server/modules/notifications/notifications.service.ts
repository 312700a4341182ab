// The notification centre: what a signed-in person was told, and what they want to be told.
import type { Principal } from "~/server/auth/principal";
import type { Deps } from "~/server/container";
import { DomainError, notFound } from "~/server/lib/errors";
import { toPage } from "~/server/lib/pagination";
import { channels, isNotificationKind, mandatory, notificationKinds } from "./kinds";
import type { ListNotificationsInput, MarkReadInput, NotificationView, PreferenceView, SetPreferenceInput } from "./notifications.schemas";
import * as repo from "./notifications.repository";
import { renderNotification } from "./render";

export async function listNotifications({ db }: Deps, actor: Principal, input: ListNotificationsInput) {
  const { rows, total } = await repo.listForUser(db, actor.userId, input);
  const items: NotificationView[] = rows.flatMap((n) => {
    if (!isNotificationKind(n.kind)) return [];
    const text = renderNotification(actor.locale, n.kind, n.data as never);
    return [{ id: n.id, kind: n.kind, ...text, link: n.link, read: n.readAt !== null, createdAt: n.createdAt }];
  });
  return toPage(items, total, input);
}

export const unreadCount = ({ db }: Deps, actor: Principal) => repo.countUnread(db, actor.userId);

export async function markRead({ db, clock }: Deps, actor: Principal, input: MarkReadInput) {
  if (!(await repo.markRead(db, actor.userId, input.id, clock.now()))) throw notFound("notification");
  return { ok: true as const };
}

export async function markAllRead({ db, clock }: Deps, actor: Principal) {
  const { count } = await repo.markAllRead(db, actor.userId, clock.now());
  return { updated: count };
}

export async function listPreferences({ db }: Deps, actor: Principal): Promise<PreferenceView[]> {
  const saved = await repo.listPreferences(db, actor.userId);
  return notificationKinds.flatMap((kind) =>
    channels.map((channel) => {
      const locked = mandatory[kind]?.includes(channel) ?? false;
      const row = saved.find((p) => p.kind === kind && p.channel === channel);
      return { kind, channel, locked, enabled: locked || (row?.enabled ?? true) };
    }),
  );
}

export async function setPreference({ db }: Deps, actor: Principal, input: SetPreferenceInput) {
  if (mandatory[input.kind]?.includes(input.channel) && !input.enabled) {
    throw new DomainError("INVALID_STATE", "This notice is always sent", { field: "enabled" });
  }
  await repo.setPreference(db, actor.userId, input.kind, input.channel, input.enabled);
  return listPreferences({ db } as Deps, actor);
}
