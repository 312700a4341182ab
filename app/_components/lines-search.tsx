import { useTranslations } from "next-intl";
import Form from "next/form";
import Link from "next/link";
import { serviceKinds, type ServiceKind } from "~/server/modules/services/services.schemas";

/** A GET form: the search lives in the URL, so results can be bookmarked and work without JavaScript. */
export function LinesSearch({ action, q, kind }: { action: string; q: string; kind?: ServiceKind }) {
  const t = useTranslations("lines");
  const kinds = useTranslations("services.kinds");
  return (
    <Form action={action} role="search" className="filters">
      <div className="filters-q">
        <label htmlFor="lines-q">{t("search")}</label>
        <input id="lines-q" type="search" name="q" defaultValue={q} maxLength={100} aria-describedby="lines-q-hint" />
        <p id="lines-q-hint" className="hint">
          {t("searchHint")}
        </p>
      </div>
      <div className="filters-kind">
        <label htmlFor="lines-kind">{t("kind")}</label>
        <select id="lines-kind" name="kind" defaultValue={kind ?? ""}>
          <option value="">{t("allKinds")}</option>
          {serviceKinds.map((k) => (
            <option key={k} value={k}>
              {kinds(k)}
            </option>
          ))}
        </select>
      </div>
      <div className="filters-actions row">
        <button type="submit" className="btn">
          {t("submit")}
        </button>
        {(q || kind) && <Link href={action}>{t("clear")}</Link>}
      </div>
    </Form>
  );
}
