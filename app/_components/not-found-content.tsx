import { useTranslations } from "next-intl";
import Link from "next/link";

export function NotFoundContent() {
  const t = useTranslations("common");
  return (
    <div className="stack">
      <h1>{t("notFoundTitle")}</h1>
      <p>{t("notFound")}</p>
      <p>
        <Link href="/">{t("backHome")}</Link>
      </p>
    </div>
  );
}
