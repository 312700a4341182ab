import { useFormatter, useTranslations } from "next-intl";
import type { UsageHistoryView } from "~/server/modules/usage/usage.schemas";
import { DataTable } from "./data-table";
import { Money } from "./money";
import { useQuantityText } from "./usage-quantity";

/** The history chart's figures as a table: the accessible (and printable) form of the same data. */
export function UsageHistoryTable({ months, currency }: { months: UsageHistoryView["months"]; currency: string }) {
  const t = useTranslations("usage.history");
  const format = useFormatter();
  const text = useQuantityText();
  const partial = months.some((m) => m.partial);
  return (
    <>
      <DataTable
        id="usage-history"
        caption={t("caption")}
        headers={[t("month"), t("total"), t("usageCharges"), t("voice"), t("sms"), t("data")]}
      >
        {months.map((m) => (
          <tr key={m.period}>
            <th scope="row" className="nowrap">
              {format.dateTime(new Date(`${m.period}-01T00:00:00Z`), { month: "long", year: "numeric", timeZone: "UTC" })}
            </th>
            <td className="nowrap">
              <Money minor={m.total} currency={currency} />
            </td>
            <td className="nowrap">
              <Money minor={m.usageCharges} currency={currency} />
            </td>
            <td className="nowrap">{text("voice", m.volumes.voice)}</td>
            <td className="nowrap">{text("sms", m.volumes.sms)}</td>
            <td className="nowrap">{text("data", m.volumes.data)}</td>
          </tr>
        ))}
      </DataTable>
      {partial && <p className="hint">{t("partialNote")}</p>}
    </>
  );
}
