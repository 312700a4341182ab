import { useTranslations } from "next-intl";
import type { ServiceView } from "~/server/modules/services/services.schemas";

export function StatusBadge({ status }: { status: ServiceView["status"] }) {
  const t = useTranslations("services.statuses");
  return <span className={`badge status-${status}`}>{t(status)}</span>;
}
