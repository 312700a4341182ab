import { z } from "zod";
import { Id } from "~/server/lib/ids";
import { PageInput } from "~/server/lib/pagination";
import { channels, notificationKinds } from "./kinds";

export const ListNotificationsInput = PageInput.extend({ unreadOnly: z.boolean().default(false) }).strict();
export type ListNotificationsInput = z.infer<typeof ListNotificationsInput>;

export const MarkReadInput = z.strictObject({ id: Id });
export type MarkReadInput = z.infer<typeof MarkReadInput>;

export const SetPreferenceInput = z.strictObject({
  kind: z.enum(notificationKinds),
  channel: z.enum(channels),
  enabled: z.boolean(),
});
export type SetPreferenceInput = z.infer<typeof SetPreferenceInput>;

export const NotificationView = z.object({
  id: z.string(),
  kind: z.string(),
  title: z.string(),
  body: z.string(),
  link: z.string().nullable(),
  read: z.boolean(),
  createdAt: z.date(),
});
export type NotificationView = z.infer<typeof NotificationView>;

export const PreferenceView = z.object({
  kind: z.enum(notificationKinds),
  channel: z.enum(channels),
  enabled: z.boolean(),
  locked: z.boolean(),
});
export type PreferenceView = z.infer<typeof PreferenceView>;
