import { useTranslations } from "next-intl";
import Link from "next/link";

/** A page the person's role may not use: said plainly, with a way back (not an error). */
export function NotAvailableContent() {
  const t = useTranslations("common");
  return (
    <div className="stack">
      <h1>{t("notAvailableTitle")}</h1>
      <p>{t("notAvailable")}</p>
      <p>
        <Link href="/">{t("backHome")}</Link>
      </p>
    </div>
  );
}
