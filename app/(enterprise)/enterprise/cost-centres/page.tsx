import { getFormatter, getTranslations } from "next-intl/server";
import Link from "next/link";
import { notFound } from "next/navigation";
import { formatMoney, formatPeriod } from "~/app/_components/bill-format";
import { DataTable } from "~/app/_components/data-table";
import { EmptyState } from "~/app/_components/empty-state";
import { getMe } from "~/app/_lib/me";
import { api } from "~/app/_lib/trpc/server";
import { adminTitled } from "../../admin-metadata";
import { CreateCostCentreForm } from "./create-form";

export const generateMetadata = adminTitled("costCentres");

type Money = { amountMinor: number; currency: string } | null;

/** The company's cost centres: each one's lines, this month's charges so far and its share of the last bill. */
export default async function CostCentresPage() {
  const [me, t, format] = await Promise.all([getMe(), getTranslations("costCentres"), getFormatter()]);
  if (!me.isEnterpriseAdmin || !me.customer) notFound();
  const view = await (await api()).costCentres.list();
  const money = (m: Money) => (m ? formatMoney(format, m.amountMinor, m.currency) : "—");
  const { thisMonth, lastMonth } = view.periods;
  return (
    <div className="stack">
      <h1>{t("title")}</h1>
      <p className="muted">{t("lead", { company: me.customer.name })}</p>
      <CreateCostCentreForm />
      {view.centres.length === 0 ? (
        <EmptyState title={t("empty")} />
      ) : (
        <>
          <DataTable
            id="cost-centres"
            caption={t("caption")}
            headers={[
              t("code"),
              t("name"),
              { label: t("lines"), className: "num" },
              { label: thisMonth ? t("thisMonth", { period: formatPeriod(format, thisMonth) }) : t("thisMonthNone"), className: "num" },
              { label: lastMonth ? t("lastMonth", { period: formatPeriod(format, lastMonth) }) : t("lastMonthNone"), className: "num" },
              t("status"),
            ]}
          >
            {view.centres.map((c) => (
              <tr key={c.id}>
                <th scope="row">
                  <Link href={`/enterprise/cost-centres/${c.id}`}>{c.code}</Link>
                </th>
                <td>{c.name}</td>
                <td className="num">{c.lineCount}</td>
                <td className="num nowrap">{money(c.thisMonth)}</td>
                <td className="num nowrap">{money(c.lastMonth)}</td>
                <td>{c.archived ? <span className="badge">{t("archived")}</span> : t("active")}</td>
              </tr>
            ))}
            {view.unassigned.lineCount > 0 && (
              <tr>
                <th scope="row" colSpan={2}>
                  {t("unassigned")}
                </th>
                <td className="num">{view.unassigned.lineCount}</td>
                <td className="num nowrap">{money(view.unassigned.thisMonth)}</td>
                <td className="num nowrap">{money(view.unassigned.lastMonth)}</td>
                <td />
              </tr>
            )}
          </DataTable>
          <p className="hint">{t("spendNote")}</p>
        </>
      )}
    </div>
  );
}
