import { getTranslations } from "next-intl/server";
import Link from "next/link";

export async function NotificationBell({ unread }: { unread: number }) {
  const t = await getTranslations("nav");
  const label = unread > 0 ? t("notificationsUnread", { count: unread }) : t("notifications");
  return (
    <Link href="/notifications" className="bell" aria-label={label}>
      <span aria-hidden="true">🔔</span>
      {unread > 0 && (
        <span className="badge" aria-hidden="true">
          {unread > 99 ? "99+" : unread}
        </span>
      )}
    </Link>
  );
}
