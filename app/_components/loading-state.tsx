import { useTranslations } from "next-intl";

/** What a route shows while its server data loads. */
export function LoadingState() {
  const t = useTranslations("common");
  return (
    <div className="loading" role="status" aria-live="polite">
      <span className="spinner" aria-hidden="true" />
      {t("loading")}
    </div>
  );
}
