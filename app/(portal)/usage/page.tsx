import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import Form from "next/form";
import Link from "next/link";
import { redirect } from "next/navigation";
import { AutoSubmitSelect } from "~/app/_components/auto-submit-select";
import { EmptyState } from "~/app/_components/empty-state";
import { Money } from "~/app/_components/money";
import { UsageChart } from "~/app/_components/usage-chart";
import { UsageHistoryTable } from "~/app/_components/usage-history-table";
import { UsageMeter } from "~/app/_components/usage-meter";
import { titled } from "~/app/_lib/metadata";
import { hrefWith, param, type SearchParams } from "~/app/_lib/search-params";
import { api, orPage } from "~/app/_lib/trpc/server";
import "./usage.css";

export const generateMetadata = titled("usage");

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export default async function UsagePage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const caller = await api();
  if (caller.actor?.kind === "staff") redirect("/staff");
  const sp = await searchParams;
  const account = param(sp, "account");
  const billingAccountId = account && UUID.test(account) ? account : undefined;
  const [summary, history, t, kinds, format, locale] = await Promise.all([
    orPage(caller.usage.summary({ billingAccountId })),
    orPage(caller.usage.history({ billingAccountId, months: 12 })),
    getTranslations("usage"),
    getTranslations("services.kinds"),
    getFormatter(),
    getLocale(),
  ]);
  if (!summary.billingAccountId) {
    return (
      <div className="stack">
        <h1>{t("title")}</h1>
        <EmptyState title={t("empty")} hint={t("emptyHint")} />
      </div>
    );
  }
  const service = param(sp, "service");
  const shown = summary.services.some((s) => s.id === service) ? summary.services.filter((s) => s.id === service) : summary.services;
  const day = (d: string) => format.dateTime(new Date(`${d}T00:00:00Z`), { dateStyle: "medium", timeZone: "UTC" });
  const monthLabel = (period: string) =>
    format.dateTime(new Date(`${period}-01T00:00:00Z`), { month: "short", year: "2-digit", timeZone: "UTC" });
  const currency = summary.currency ?? "EUR";
  const f = summary.forecast;

  return (
    <div className="stack">
      <h1>{t("title")}</h1>
      <p className="muted">{t("lead")}</p>

      {(summary.accounts.length > 1 || summary.services.length > 1) && (
        <Form action="/usage" className="filters usage-filters" aria-label={t("show")}>
          {summary.accounts.length > 1 && (
            <div>
              <label htmlFor="usage-account">{t("account")}</label>
              <AutoSubmitSelect id="usage-account" name="account" defaultValue={summary.billingAccountId} label={t("show")}>
                {summary.accounts.map((a) => (
                  <option key={a.id} value={a.id}>{`${a.name} (${a.number})`}</option>
                ))}
              </AutoSubmitSelect>
            </div>
          )}
          {summary.accounts.length <= 1 && <input type="hidden" name="account" value={summary.billingAccountId} />}
          {summary.services.length > 1 && (
            <div>
              <label htmlFor="usage-service">{t("service")}</label>
              <AutoSubmitSelect id="usage-service" name="service" defaultValue={service ?? ""} label={t("show")}>
                <option value="">{t("allServices")}</option>
                {summary.services.map((s) => (
                  <option key={s.id} value={s.id}>{`${s.label ?? kinds(s.kind)} ${s.identifier}`}</option>
                ))}
              </AutoSubmitSelect>
            </div>
          )}
        </Form>
      )}

      {summary.billingPeriod && (
        <p>
          {t("period", { start: day(summary.billingPeriod.startDate), end: day(summary.billingPeriod.endDate) })}
          {summary.billed && ` ${t("billedPeriod")}`}
        </p>
      )}

      {summary.totals && f && (
        <section className="stack" aria-labelledby="usage-totals">
          <h2 id="usage-totals">{t("totals.title")}</h2>
          <dl className="summary usage-summary">
            <div className="summary-item">
              <dt>{t("totals.soFar")}</dt>
              <dd>
                <Money minor={summary.totals.taxIncludedAmount.amountMinor} currency={currency} />
              </dd>
            </div>
            <div className="summary-item">
              <dt>{t("totals.forecast")}</dt>
              <dd>
                <Money minor={f.totalMinor} currency={currency} />
              </dd>
            </div>
          </dl>
          <p className="hint">
            {t("totals.explain", {
              recurring: format.number(f.recurringMinor / 100, { style: "currency", currency }),
              other: format.number(f.otherMinor / 100, { style: "currency", currency }),
              usage: format.number(f.usageSoFarMinor / 100, { style: "currency", currency }),
              projected: format.number(f.projectedUsageMinor / 100, { style: "currency", currency }),
              elapsed: f.daysElapsed,
              days: f.periodDays,
              rate: format.number(f.taxRateBp / 100),
            })}
          </p>
        </section>
      )}

      <div className="grid">
        {shown.map((s) => {
          const name = s.label ?? kinds(s.kind);
          return (
            <section key={s.id} className="card stack" aria-labelledby={`usage-svc-${s.id}`}>
              <h2 id={`usage-svc-${s.id}`} className="card-title service-card-title">
                {name} <span className="identifier">{s.identifier}</span>
              </h2>
              {s.meters.length === 0 ? (
                <p className="muted">{t("noMeters")}</p>
              ) : (
                s.meters.map((m) => <UsageMeter key={m.kind} meter={m} id={`meter-${s.id}-${m.kind}`} />)
              )}
              {s.unbilledCharges && s.meters.length > 0 && (
                <p>
                  {t("unbilled")}:{" "}
                  <strong>
                    <Money minor={s.unbilledCharges.amountMinor} currency={s.unbilledCharges.currency} />
                  </strong>
                </p>
              )}
              <p className="service-card-link">
                <Link
                  href={hrefWith("/usage/records", { service: s.id })}
                  aria-label={t("recordsOfLine", { line: `${name} ${s.identifier}` })}
                >
                  {t("recordsLink")}
                </Link>
              </p>
            </section>
          );
        })}
      </div>

      <p>
        <Link href="/usage/records" className="btn btn-secondary">
          {t("recordsLink")}
        </Link>
      </p>

      <section className="stack" aria-labelledby="usage-history">
        <h2 id="usage-history">{t("history.title")}</h2>
        {history.months.length === 0 ? (
          <EmptyState title={t("history.empty")} hint={t("history.emptyHint")} />
        ) : (
          <>
            <UsageChart
              title={t("history.chartTitle")}
              points={history.months.map((m) => ({ label: monthLabel(m.period), total: m.total / 100 }))}
              formatMoney={{ locale, currency: history.currency ?? currency }}
            />
            <details>
              <summary>{t("history.showTable")}</summary>
              <UsageHistoryTable months={history.months} currency={history.currency ?? currency} />
            </details>
          </>
        )}
      </section>
    </div>
  );
}
