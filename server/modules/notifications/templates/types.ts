import type { NotificationKind } from "../kinds";

export type Templates = {
  footer: string;
  open: string;
  kinds: Record<NotificationKind, { title: string; body: string }>;
};
