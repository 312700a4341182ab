import { useFormatter, useTranslations } from "next-intl";
import type { SpendView } from "~/server/modules/dashboard/dashboard.schemas";
import { formatMoney, formatPeriod } from "./bill-format";
import { DataTable } from "./data-table";

/** Enterprise admins: each cost centre's total on each account's latest bill beside the bill before. */
export function SpendByCostCentre({ spend }: { spend: SpendView[] }) {
  const t = useTranslations("home");
  const format = useFormatter();
  if (spend.length === 0) return null;
  return (
    <section aria-labelledby="spend-title" className="stack">
      <h2 id="spend-title">{t("spendTitle")}</h2>
      {spend.map((s, i) => {
        const period = formatPeriod(format, s.period);
        const previous = s.previousPeriod ? formatPeriod(format, s.previousPeriod) : null;
        const money = (m: { amountMinor: number; currency: string } | null) => (m ? formatMoney(format, m.amountMinor, m.currency) : "—");
        return (
          <DataTable
            key={i}
            id={`spend-${i}`}
            caption={previous ? t("spendCaption", { period, previous }) : t("spendCaptionFirst", { period })}
            headers={[t("costCentre"), { label: period, className: "num" }, ...(previous ? [{ label: previous, className: "num" }] : [])]}
          >
            {s.rows.map((r) => (
              <tr key={r.costCentre?.id ?? "none"}>
                <th scope="row">{r.costCentre ? `${r.costCentre.code} ${r.costCentre.name}` : t("noCostCentre")}</th>
                <td className="num nowrap">{money(r.current)}</td>
                {previous && <td className="num nowrap">{money(r.previous)}</td>}
              </tr>
            ))}
          </DataTable>
        );
      })}
    </section>
  );
}
