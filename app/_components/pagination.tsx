import { useTranslations } from "next-intl";
import Link from "next/link";

/** Previous / Next links around "Page X of Y"; works in server and client components. */
export function Pagination({ page, pageCount, hrefFor }: { page: number; pageCount: number; hrefFor: (page: number) => string }) {
  const t = useTranslations("common");
  if (pageCount <= 1 && page <= 1) return null;
  return (
    <nav aria-label={t("pagination")} className="pagination">
      {page > 1 ? (
        <Link href={hrefFor(page - 1)} aria-label={t("previousPage")} className="btn btn-secondary">
          <span aria-hidden="true">←</span> {t("previous")}
        </Link>
      ) : (
        <span className="pagination-gap" aria-hidden="true" />
      )}
      <span>{t("pageOf", { page, count: pageCount })}</span>
      {page < pageCount ? (
        <Link href={hrefFor(page + 1)} aria-label={t("nextPage")} className="btn btn-secondary">
          {t("next")} <span aria-hidden="true">→</span>
        </Link>
      ) : (
        <span className="pagination-gap" aria-hidden="true" />
      )}
    </nav>
  );
}
