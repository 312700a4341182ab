import type { HasDb } from "~/server/db/transaction";
import { skipTake, type PageInput } from "~/server/lib/pagination";
import type { Channel, NotificationKind } from "./kinds";

export async function listForUser({ db }: HasDb, userId: string, input: PageInput & { unreadOnly: boolean }) {
  const where = { userId, ...(input.unreadOnly ? { readAt: null } : {}) };
  const [rows, total] = await Promise.all([
    db.notification.findMany({ where, orderBy: [{ createdAt: "desc" }, { id: "desc" }], ...skipTake(input) }),
    db.notification.count({ where }),
  ]);
  return { rows, total };
}

export const countUnread = ({ db }: HasDb, userId: string) => db.notification.count({ where: { userId, readAt: null } });

/** Scoped by owner: someone else's id updates nothing and reads as absent. */
export async function markRead({ db }: HasDb, userId: string, id: string, at: Date) {
  const { count } = await db.notification.updateMany({ where: { id, userId }, data: { readAt: at } });
  if (count) return true;
  return (await db.notification.count({ where: { id, userId } })) > 0;
}

export const markAllRead = ({ db }: HasDb, userId: string, at: Date) =>
  db.notification.updateMany({ where: { userId, readAt: null }, data: { readAt: at } });

export const listPreferences = ({ db }: HasDb, userId: string) =>
  db.notificationPreference.findMany({ where: { userId }, select: { kind: true, channel: true, enabled: true } });

export const setPreference = ({ db }: HasDb, userId: string, kind: NotificationKind, channel: Channel, enabled: boolean) =>
  db.notificationPreference.upsert({
    where: { userId_kind_channel: { userId, kind, channel } },
    create: { userId, kind, channel, enabled },
    update: { enabled },
  });
