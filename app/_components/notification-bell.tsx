import { getTranslations } from "next-intl/server";
import Link from "next/link";

export async function NotificationBell({ unread }: { unread: number }) {
  const t = await getTranslations("nav");
  const label = unread > 0 ? t("notificationsUnread", { count: unread }) : t("notifications");
  return (
    <Link href="/notifications" className="bell" aria-label={label}>
      <svg
        aria-hidden="true"
        focusable="false"
        width="22"
        height="22"
        viewBox="0 0 24 24"
        fill="none"
        stroke="currentColor"
        strokeWidth="2"
        strokeLinecap="round"
        strokeLinejoin="round"
      >
        <path d="M6 8a6 6 0 0 1 12 0c0 7 3 9 3 9H3s3-2 3-9" />
        <path d="M10.3 21a1.94 1.94 0 0 0 3.4 0" />
      </svg>
      {unread > 0 && (
        <span className="badge" aria-hidden="true">
          {unread > 99 ? "99+" : unread}
        </span>
      )}
    </Link>
  );
}
