import { useTranslations } from "next-intl";
import type { UsageRecordView } from "~/server/modules/usage/usage.schemas";
import { DataTable } from "./data-table";
import { useRecordQuantityText } from "./usage-quantity";

export function UsageRecordsTable({ items, formatDate }: { items: UsageRecordView[]; formatDate: (d: Date) => string }) {
  const t = useTranslations("usage");
  const kinds = useTranslations("services.kinds");
  const quantity = useRecordQuantityText();
  return (
    <DataTable
      id="records"
      caption={t("records.caption")}
      headers={[t("records.dateTime"), t("service"), t("records.kind"), t("records.zone"), t("records.destination"), t("records.quantity")]}
    >
      {items.map((r) => (
        <tr key={r.id}>
          <td className="nowrap">
            <time dateTime={r.startedAt.toISOString()}>{formatDate(r.startedAt)}</time>
          </td>
          <td>
            {r.service.label ?? kinds(r.service.kind)} <span className="identifier">{r.service.identifier}</span>
          </td>
          <td>{t(`kinds.${r.kind}`)}</td>
          <td>{t(`zones.${r.zone}`)}</td>
          <td className="nowrap">{r.destination ?? "—"}</td>
          <td className="nowrap">{quantity(r.kind, r.quantity)}</td>
        </tr>
      ))}
    </DataTable>
  );
}
