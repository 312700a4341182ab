import { getTranslations } from "next-intl/server";
import { titled } from "~/app/_lib/metadata";
import { api, orPage } from "~/app/_lib/trpc/server";
import { PreferencesTable } from "./preferences-table";

export const generateMetadata = titled("notificationSettings");

export default async function NotificationSettingsPage() {
  const caller = await api();
  const [preferences, t] = await Promise.all([orPage(caller.notifications.preferences()), getTranslations("notificationSettings")]);
  return (
    <div className="stack">
      <h1>{t("title")}</h1>
      <p className="muted">{t("lead")}</p>
      <PreferencesTable initial={preferences} />
    </div>
  );
}
