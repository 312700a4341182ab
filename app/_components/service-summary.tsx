import { useTranslations } from "next-intl";
import type { serviceKinds } from "~/server/modules/services/services.schemas";

type Props = { totals: { kind: (typeof serviceKinds)[number]; count: number }[]; total: number; attention: number };

/** Counts per kind of service, and how many need attention. */
export function ServiceSummary({ totals, total, attention }: Props) {
  const t = useTranslations("dashboard");
  const kinds = useTranslations("services.kinds");
  return (
    <section aria-labelledby="summary-title">
      <h2 id="summary-title">{t("summaryTitle")}</h2>
      <dl className="summary">
        <div className="summary-item">
          <dt>{t("total")}</dt>
          <dd>{total}</dd>
        </div>
        {totals.map((x) => (
          <div className="summary-item" key={x.kind}>
            <dt>{kinds(x.kind)}</dt>
            <dd>{x.count}</dd>
          </div>
        ))}
        <div className={`summary-item${attention > 0 ? " summary-attention" : ""}`}>
          <dt>{t("attention")}</dt>
          <dd>
            {attention}
            <span className="visually-hidden"> — {t("attentionHint")}</span>
          </dd>
        </div>
      </dl>
    </section>
  );
}
