import { useFormatter, useTranslations } from "next-intl";
import type { CostCentreSplitView } from "~/server/modules/bills/bills.schemas";
import { DataTable } from "./data-table";
import { formatMoney } from "./bill-format";
import "./bill.css";

/** The bill per cost centre (enterprise admins), with the CSV of the same table. */
export function BillCostCentres({ split }: { split: CostCentreSplitView }) {
  const t = useTranslations("bills.costCentres");
  const format = useFormatter();
  const money = (m: { amountMinor: number; currency: string }) => formatMoney(format, m.amountMinor, m.currency);
  return (
    <section aria-labelledby="cost-centres" className="stack">
      <h2 id="cost-centres">{t("heading")}</h2>
      <p className="muted">{t("hint")}</p>
      <DataTable
        id="cost-centre-table"
        caption={t("caption", { number: split.billNo })}
        headers={[t("name"), t("code"), t("services"), t("net"), t("vat"), t("total")]}
      >
        {split.rows.map((r) => (
          <tr key={r.costCentre?.id ?? "unassigned"}>
            <th scope="row">{r.costCentre?.name ?? t("unassigned")}</th>
            <td>{r.costCentre?.code ?? ""}</td>
            <td className="num">{r.serviceCount}</td>
            <td className="num">{money(r.net)}</td>
            <td className="num">{money(r.vat)}</td>
            <td className="num">{money(r.total)}</td>
          </tr>
        ))}
        <tr className="bill-subtotal">
          <th scope="row" colSpan={3}>
            {t("totalRow")}
          </th>
          <td className="num">{money(split.total.net)}</td>
          <td className="num">{money(split.total.vat)}</td>
          <td className="num">{money(split.total.total)}</td>
        </tr>
      </DataTable>
      <p>
        <a href={`/api/bills/${split.billId}/cost-centres.csv`} download className="btn btn-secondary">
          {t("download")}
        </a>
      </p>
    </section>
  );
}
