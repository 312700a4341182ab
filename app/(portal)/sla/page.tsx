import { TRPCError } from "@trpc/server";
import { getTranslations } from "next-intl/server";
import { redirect } from "next/navigation";
import { EmptyState } from "~/app/_components/empty-state";
import { SlaKpis } from "~/app/_components/sla-kpis";
import { SlaMonthPicker } from "~/app/_components/sla-month-picker";
import { SlaOpenTickets } from "~/app/_components/sla-open-tickets";
import { AutoRefresh } from "~/app/_components/auto-refresh";
import { SlaAvailability, SlaCredits, SlaTrend } from "~/app/_components/sla-tables";
import { titled } from "~/app/_lib/metadata";
import { param, type SearchParams } from "~/app/_lib/search-params";
import { api, orPage } from "~/app/_lib/trpc/server";
import { MONTH_PATTERN } from "~/server/modules/sla/sla-month";
import { creditTerms } from "~/server/modules/sla/sla-report";
import "./sla.css";

export const generateMetadata = titled("sla");

export default async function SlaPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const caller = await api();
  if (caller.actor?.kind === "staff") redirect("/staff");
  const requested = param(await searchParams, "month");
  const month = requested && MONTH_PATTERN.test(requested) ? requested : undefined;
  const t = await getTranslations("sla");
  const dashboard = await caller.sla.dashboard({ month }).catch((e: unknown) => {
    if (e instanceof TRPCError && e.code === "FORBIDDEN") return null;
    if (e instanceof TRPCError && e.code === "BAD_REQUEST") redirect("/sla"); // a month not reported yet: show the current one
    return orPage(Promise.reject(e as Error));
  });
  if (!dashboard) {
    return (
      <div className="stack">
        <h1>{t("title")}</h1>
        <EmptyState title={t("refused")} hint={t("refusedHint")} />
      </div>
    );
  }
  const credits = await orPage(caller.sla.credits({ month: dashboard.month }));
  const query = `?month=${dashboard.month}`;
  return (
    <div className="stack">
      <AutoRefresh />
      <h1>{t("title")}</h1>
      <p className="muted">{t("lead")}</p>
      <p>{t("tierNote", { tier: t(`tiers.${dashboard.tier}`) })}</p>
      <div className="sla-toolbar">
        <SlaMonthPicker month={dashboard.month} currentMonth={dashboard.currentMonth} />
        <p className="sla-exports">
          <a className="btn btn-secondary" href={`/api/sla/tickets.csv${query}`} download>
            {t("exportCsv")}
          </a>
          <a className="btn btn-secondary" href={`/api/sla/report.pdf${query}`} download>
            {t("exportPdf")}
          </a>
        </p>
      </div>
      <SlaKpis figures={dashboard.figures} />
      <SlaOpenTickets tickets={dashboard.openTickets} />
      <SlaAvailability figures={dashboard.figures} />
      <SlaCredits credits={credits} terms={creditTerms[dashboard.tier]} />
      <SlaTrend trend={dashboard.trend} month={dashboard.month} />
    </div>
  );
}
