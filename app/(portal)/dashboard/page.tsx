import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { redirect } from "next/navigation";
import { AmountDue } from "~/app/_components/amount-due";
import { AttentionList } from "~/app/_components/attention-list";
import { EmptyState } from "~/app/_components/empty-state";
import { LineCard } from "~/app/_components/line-card";
import { LinesTable } from "~/app/_components/lines-table";
import { OutageBanner } from "~/app/_components/outage-banner";
import { ServiceSummary } from "~/app/_components/service-summary";
import { SlaSummary } from "~/app/_components/sla-summary";
import { SpendByCostCentre } from "~/app/_components/spend-by-cost-centre";
import { getMe } from "~/app/_lib/me";
import { titled } from "~/app/_lib/metadata";
import type { SearchParams } from "~/app/_lib/search-params";
import { api, orPage } from "~/app/_lib/trpc/server";

export const generateMetadata = titled("dashboard");

export default async function DashboardPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const caller = await api();
  // Operator staff start at their queue.
  if (caller.actor?.kind === "staff") redirect("/staff");
  const [me, dashboard, t, lines, home] = await Promise.all([
    getMe(),
    orPage(caller.dashboard.get()),
    getTranslations("dashboard"),
    getTranslations("lines"),
    getTranslations("home"),
  ]);
  const customer = me.customer && me.customer.name !== me.user.name ? me.customer.name : null;
  // A company admin whose lines do not fit on cards gets the searchable table instead.
  const asTable = dashboard.enterpriseAdmin && dashboard.hasMore;
  const cards = new Map(dashboard.cards.map((c) => [c.serviceId, c]));
  return (
    <div className="stack">
      <h1>{customer ? t("greetingFor", { name: me.user.name, customer }) : t("greeting", { name: me.user.name })}</h1>
      <OutageBanner outages={dashboard.outages} lines={dashboard.services} />
      {dashboard.due && dashboard.due.length > 0 && <AmountDue due={dashboard.due} latest={dashboard.latestBill} />}
      {dashboard.sla && <SlaSummary sla={dashboard.sla} />}
      <AttentionList items={dashboard.attentionItems} />
      {dashboard.spend && <SpendByCostCentre spend={dashboard.spend} />}
      <ServiceSummary totals={dashboard.totals} total={dashboard.total} attention={dashboard.attention} />
      {asTable ? (
        <section>
          <h2>{lines("title")}</h2>
          <LinesTable searchParams={await searchParams} path="/dashboard" />
        </section>
      ) : (
        <section aria-labelledby="services-title" className="stack">
          <h2 id="services-title">{t("servicesTitle")}</h2>
          {dashboard.services.length === 0 ? (
            <EmptyState title={t("empty")} hint={t("emptyHint")} />
          ) : (
            <div className="grid">
              {dashboard.services.map((s) => (
                <LineCard key={s.id} service={s} card={cards.get(s.id)} />
              ))}
            </div>
          )}
          {dashboard.hasMore && (
            <p>
              <span className="muted">{t("more", { shown: dashboard.services.length, total: dashboard.total })}</span>{" "}
              {!dashboard.enterpriseAdmin && <Link href="/services">{home("allLinesLink", { total: dashboard.total })}</Link>}
            </p>
          )}
        </section>
      )}
      {dashboard.enterpriseAdmin && (
        <p>
          <Link href="/enterprise/lines">{t("allLines")}</Link>
        </p>
      )}
    </div>
  );
}
