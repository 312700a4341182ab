import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { redirect } from "next/navigation";
import { EmptyState } from "~/app/_components/empty-state";
import { LinesTable } from "~/app/_components/lines-table";
import { ServiceCard } from "~/app/_components/service-card";
import { ServiceSummary } from "~/app/_components/service-summary";
import { getMe } from "~/app/_lib/me";
import { titled } from "~/app/_lib/metadata";
import type { SearchParams } from "~/app/_lib/search-params";
import { api, orPage } from "~/app/_lib/trpc/server";

export const generateMetadata = titled("dashboard");

export default async function DashboardPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const caller = await api();
  if (caller.actor?.kind === "staff") redirect("/staff");
  const [me, dashboard, t, lines] = await Promise.all([
    getMe(),
    orPage(caller.dashboard.get()),
    getTranslations("dashboard"),
    getTranslations("lines"),
  ]);
  const customer = me.customer && me.customer.name !== me.user.name ? me.customer.name : null;
  // A company admin whose lines do not fit on cards gets the searchable table instead.
  const asTable = dashboard.enterpriseAdmin && dashboard.hasMore;
  return (
    <div className="stack">
      <h1>{customer ? t("greetingFor", { name: me.user.name, customer }) : t("greeting", { name: me.user.name })}</h1>
      <ServiceSummary totals={dashboard.totals} total={dashboard.total} attention={dashboard.attention} />
      {asTable ? (
        <section>
          <h2>{lines("title")}</h2>
          <LinesTable searchParams={await searchParams} path="/dashboard" />
        </section>
      ) : (
        <section aria-labelledby="services-title">
          <h2 id="services-title">{t("servicesTitle")}</h2>
          {dashboard.services.length === 0 ? (
            <EmptyState title={t("empty")} hint={t("emptyHint")} />
          ) : (
            <div className="grid">
              {dashboard.services.map((s) => (
                <ServiceCard key={s.id} service={s} />
              ))}
            </div>
          )}
          {dashboard.hasMore && <p className="muted">{t("more", { shown: dashboard.services.length, total: dashboard.total })}</p>}
          {dashboard.enterpriseAdmin && (
            <p>
              <Link href="/enterprise/lines">{t("allLines")}</Link>
            </p>
          )}
        </section>
      )}
    </div>
  );
}
