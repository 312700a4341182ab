// The notification centre: what a signed-in person was told, and what they want to be told.
import type { Principal } from "~/server/auth/principal";
import type { Deps } from "~/server/container";
import { DomainError, notFound } from "~/server/lib/errors";
import { toPage } from "~/server/lib/pagination";
import { channels, isNotificationKind, mandatory, notificationKinds } from "./kinds";
import type { ListNotificationsInput, MarkReadInput, NotificationView, PreferenceView, SetPreferenceInput } from "./notifications.schemas";
import * as repo from "./notifications.repository";
import { renderNotification } from "./render";

export async function listNotifications(deps: Deps, actor: Principal, input: ListNotificationsInput) {
  const { rows, total } = await repo.listForUser(deps, actor.userId, input);
  const items: NotificationView[] = rows.flatMap((n) => {
    if (!isNotificationKind(n.kind)) return [];
    const text = renderNotification(actor.locale, n.kind, n.data as never);
    return [{ id: n.id, kind: n.kind, ...text, link: n.link, read: n.readAt !== null, createdAt: n.createdAt }];
  });
  return toPage(items, total, input);
}

export const unreadCount = (deps: Deps, actor: Principal) => repo.countUnread(deps, actor.userId);

export async function markRead(deps: Deps, actor: Principal, input: MarkReadInput) {
  if (!(await repo.markRead(deps, actor.userId, input.id, deps.clock.now()))) throw notFound("notification");
  return { ok: true as const };
}

export async function markAllRead(deps: Deps, actor: Principal) {
  const { count } = await repo.markAllRead(deps, actor.userId, deps.clock.now());
  return { updated: count };
}

export async function listPreferences(deps: Deps, actor: Principal): Promise<PreferenceView[]> {
  const saved = await repo.listPreferences(deps, actor.userId);
  return notificationKinds.flatMap((kind) =>
    channels.map((channel) => {
      const locked = mandatory[kind]?.includes(channel) ?? false;
      const row = saved.find((p) => p.kind === kind && p.channel === channel);
      return { kind, channel, locked, enabled: locked || (row?.enabled ?? true) };
    }),
  );
}

export async function setPreference(deps: Deps, actor: Principal, input: SetPreferenceInput) {
  if (mandatory[input.kind]?.includes(input.channel) && !input.enabled) {
    throw new DomainError("INVALID_STATE", "This notice is always sent", { field: "enabled" });
  }
  await repo.setPreference(deps, actor.userId, input.kind, input.channel, input.enabled);
  return listPreferences(deps, actor);
}
