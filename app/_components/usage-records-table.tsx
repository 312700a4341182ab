import { useTranslations } from "next-intl";
import type { UsageRecordView } from "~/server/modules/usage/usage.schemas";
import { useRecordQuantityText } from "./usage-quantity";

export function UsageRecordsTable({ items, formatDate }: { items: UsageRecordView[]; formatDate: (d: Date) => string }) {
  const t = useTranslations("usage");
  const kinds = useTranslations("services.kinds");
  const quantity = useRecordQuantityText();
  return (
    <div className="table-wrap" role="region" aria-labelledby="records-caption" tabIndex={0}>
      <table>
        <caption id="records-caption">{t("records.caption")}</caption>
        <thead>
          <tr>
            <th scope="col">{t("records.dateTime")}</th>
            <th scope="col">{t("service")}</th>
            <th scope="col">{t("records.kind")}</th>
            <th scope="col">{t("records.zone")}</th>
            <th scope="col">{t("records.destination")}</th>
            <th scope="col">{t("records.quantity")}</th>
          </tr>
        </thead>
        <tbody>
          {items.map((r) => (
            <tr key={r.id}>
              <td className="nowrap"><time dateTime={r.startedAt.toISOString()}>{formatDate(r.startedAt)}</time></td>
              <td>
                {r.service.label ?? kinds(r.service.kind)} <span className="identifier">{r.service.identifier}</span>
              </td>
              <td>{t(`kinds.${r.kind}`)}</td>
              <td>{t(`zones.${r.zone}`)}</td>
              <td className="nowrap">{r.destination ?? "—"}</td>
              <td className="nowrap">{quantity(r.kind, r.quantity)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
