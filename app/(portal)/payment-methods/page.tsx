import { getTranslations } from "next-intl/server";
import { redirect } from "next/navigation";
import { EmptyState } from "~/app/_components/empty-state";
import { SavedCards } from "~/app/_components/saved-cards";
import { titled } from "~/app/_lib/metadata";
import { param, type SearchParams } from "~/app/_lib/search-params";
import { api, orRefused } from "~/app/_lib/trpc/server";
import { cardPaymentsMode } from "~/server/container";

export const generateMetadata = titled("paymentMethods");

/** Saved cards (add through the provider's page, make default, remove) and the autopay switch per billing account. */
export default async function PaymentMethodsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const caller = await api();
  if (caller.actor?.kind === "staff") redirect("/staff");
  const [view, t, added] = await Promise.all([
    orRefused(caller.cards.list()),
    getTranslations("payments"),
    searchParams.then((sp) => param(sp, "added") === "1"),
  ]);
  return (
    <div className="stack">
      <h1>{t("methods.title")}</h1>
      {view ? (
        <>
          <p className="muted">{t("methods.lead")}</p>
          <SavedCards initial={view} added={added} testMode={cardPaymentsMode() === "test"} />
        </>
      ) : (
        <EmptyState title={t("forbidden")} />
      )}
    </div>
  );
}
