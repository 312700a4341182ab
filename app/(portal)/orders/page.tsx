import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import Link from "next/link";
import { redirect } from "next/navigation";
import { EmptyState } from "~/app/_components/empty-state";
import { Pagination } from "~/app/_components/pagination";
import { hrefWith, pageParam, type SearchParams } from "~/app/_lib/search-params";
import { api } from "~/app/_lib/trpc/server";

const PAGE_SIZE = 20;

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("orders"))("title") };
}

/** The customer's orders, newest first, each linking to its timeline. */
export default async function OrdersPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const caller = await api();
  if (caller.actor?.kind === "staff") redirect("/staff");
  const page = pageParam(await searchParams);
  const [result, t, format] = await Promise.all([
    caller.orders.list({ page, pageSize: PAGE_SIZE }),
    getTranslations("orders"),
    getFormatter(),
  ]);
  return (
    <div className="stack">
      <h1>{t("title")}</h1>
      {result.items.length === 0 ? (
        <EmptyState title={t("noOrders")} />
      ) : (
        <div className="table-wrap" role="region" aria-labelledby="orders-caption" tabIndex={0}>
          <table>
            <caption id="orders-caption" className="visually-hidden">
              {t("title")}
            </caption>
            <thead>
              <tr>
                <th scope="col">{t("number")}</th>
                <th scope="col">{t("change")}</th>
                <th scope="col">{t("state")}</th>
                <th scope="col">{t("placed")}</th>
              </tr>
            </thead>
            <tbody>
              {result.items.map((o) => (
                <tr key={o.id}>
                  <th scope="row">
                    <Link href={`/orders/${o.id}`}>{o.number}</Link>
                  </th>
                  <td>{t("changeValue", { from: o.item.fromPlan?.name ?? "—", to: o.item.toPlan.name })}</td>
                  <td>{t(`states.${o.state}`)}</td>
                  <td>{format.dateTime(o.createdAt, { dateStyle: "medium", timeStyle: "short" })}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <Pagination page={result.page} pageCount={result.pageCount} hrefFor={(p) => hrefWith("/orders", { page: p })} />
    </div>
  );
}
