import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { redirect } from "next/navigation";
import { EmptyState } from "~/app/_components/empty-state";
import { Pagination } from "~/app/_components/pagination";
import { PaymentsTable } from "~/app/_components/payments-table";
import { titled } from "~/app/_lib/metadata";
import { hrefWith, pageParam, type SearchParams } from "~/app/_lib/search-params";
import { api, orRefused } from "~/app/_lib/trpc/server";

const PAGE_SIZE = 20;

export const generateMetadata = titled("payments");

/** Every card payment of the customer's bills, with receipts. */
export default async function PaymentsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const caller = await api();
  if (caller.actor?.kind === "staff") redirect("/staff");
  const page = pageParam(await searchParams);
  const [result, t] = await Promise.all([orRefused(caller.payments.list({ page, pageSize: PAGE_SIZE })), getTranslations("payments")]);
  if (!result) {
    return (
      <div className="stack">
        <h1>{t("title")}</h1>
        <EmptyState title={t("forbidden")} />
      </div>
    );
  }
  return (
    <div className="stack">
      <h1>{t("title")}</h1>
      <p className="muted">{t("lead")}</p>
      <p>
        <Link href="/payment-methods">{t("methods.link")}</Link>
      </p>
      {result.items.length === 0 ? (
        <EmptyState title={t("empty")} hint={t("emptyHint")}>
          <Link href="/bills">{t("toBills")}</Link>
        </EmptyState>
      ) : (
        <PaymentsTable id="payments" payments={result.items} />
      )}
      <Pagination page={result.page} pageCount={result.pageCount} hrefFor={(p) => hrefWith("/payments", { page: p })} />
    </div>
  );
}
