import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { titled } from "~/app/_lib/metadata";
import { pageParam, type SearchParams } from "~/app/_lib/search-params";
import { api, orPage } from "~/app/_lib/trpc/server";
import { NotificationList } from "./notification-list";

const PAGE_SIZE = 20;

export const generateMetadata = titled("notifications");

export default async function NotificationsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const page = pageParam(await searchParams);
  const caller = await api();
  const [initial, unread, t] = await Promise.all([
    orPage(caller.notifications.list({ page, pageSize: PAGE_SIZE })),
    orPage(caller.notifications.unreadCount()),
    getTranslations("notifications"),
  ]);
  return (
    <div className="stack">
      <h1>{t("title")}</h1>
      <p className="muted">
        {t("lead")} <Link href="/settings/notifications">{t("settingsLink")}</Link>
      </p>
      <NotificationList page={page} pageSize={PAGE_SIZE} initial={initial} initialUnread={unread} />
    </div>
  );
}
