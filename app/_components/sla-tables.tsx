import { useTranslations } from "next-intl";
import type { CreditsView, MonthFiguresView, TrendPointView } from "~/server/modules/sla/sla.schemas";
import { DataTable } from "./data-table";
import { EmptyState } from "./empty-state";
import { Money } from "./money";
import { useSlaFormat } from "./sla-format";

type ServiceRef = MonthFiguresView["availability"][number]["service"];

function ServiceName({ service }: { service: ServiceRef }) {
  const kinds = useTranslations("services.kinds");
  return (
    <>
      {service.label ?? kinds(service.kind)} <span className="identifier">{service.identifier}</span>
    </>
  );
}

export function SlaAvailability({ figures }: { figures: MonthFiguresView }) {
  const t = useTranslations("sla.availability");
  const f = useSlaFormat();
  return (
    <section aria-labelledby="sla-availability-title" className="stack">
      <h2 id="sla-availability-title">{t("title")}</h2>
      {figures.availability.length === 0 ? (
        <EmptyState title={t("empty")} />
      ) : (
        <DataTable
          id="sla-availability"
          caption={t("caption", { month: f.month(figures.month) })}
          headers={[t("service"), { label: t("outage"), className: "num" }, { label: t("availability"), className: "num" }]}
        >
          {figures.availability.map((a) => (
            <tr key={a.service.id}>
              <th scope="row">
                <ServiceName service={a.service} />
              </th>
              <td className="num">{f.duration(a.outageMinutes)}</td>
              <td className="num">{f.availability(a.availability)}</td>
            </tr>
          ))}
        </DataTable>
      )}
    </section>
  );
}

/** The month's credits, what earns them, and whether each is on a credit note yet. */
export function SlaCredits({ credits, terms }: { credits: CreditsView; terms: { perBreachBp: number; capBp: number } | null }) {
  const t = useTranslations("sla.credits");
  const f = useSlaFormat();
  const pct = (bp: number) => `${bp / 100} %`;
  return (
    <section aria-labelledby="sla-credits-title" className="stack">
      <h2 id="sla-credits-title">{t("title")}</h2>
      <p className="muted">{terms ? t("terms", { perBreach: pct(terms.perBreachBp), cap: pct(terms.capBp) }) : t("noTerms")}</p>
      {credits.items.length === 0 ? (
        <EmptyState title={t("empty")} />
      ) : (
        <DataTable
          id="sla-credits"
          caption={t("caption", { month: f.month(credits.month) })}
          headers={[t("ticket"), t("service"), t("breachedAt"), { label: t("amount"), className: "num" }, t("status")]}
          footer={credits.total.map((m) => (
            <tr key={m.currency}>
              <th scope="row" colSpan={3}>
                {t("total")}
              </th>
              <td className="num nowrap">
                <Money minor={m.amountMinor} currency={m.currency} />
              </td>
              <td />
            </tr>
          ))}
        >
          {credits.items.map((c) => (
            <tr key={c.ticketId}>
              <th scope="row" className="nowrap">
                {c.ticketNumber}
              </th>
              <td>
                <ServiceName service={c.service} />
              </td>
              <td>
                <time dateTime={c.breachedAt.toISOString()}>{f.when(c.breachedAt)}</time>
              </td>
              <td className="num nowrap">
                <Money minor={c.amount.amountMinor} currency={c.amount.currency} />
                {c.capped && <span className="muted"> ({t("capped")})</span>}
              </td>
              <td>{t(`statuses.${c.status}`, { note: c.creditNoteNumber ?? "" })}</td>
            </tr>
          ))}
        </DataTable>
      )}
    </section>
  );
}

const trendFigures = ["opened", "resolved", "resolvedInTime", "breaches", "mttr", "availability"] as const;

export function SlaTrend({ trend, month }: { trend: TrendPointView[]; month: string }) {
  const t = useTranslations("sla.trend");
  const f = useSlaFormat();
  return (
    <section aria-labelledby="sla-trend-title" className="stack">
      <h2 id="sla-trend-title">{t("title")}</h2>
      <DataTable
        id="sla-trend"
        caption={t("caption", { month: f.month(month) })}
        headers={[t("month"), ...trendFigures.map((k) => ({ label: t(k), className: "num" }))]}
      >
        {trend.map((p) => (
          <tr key={p.month}>
            <th scope="row" className="nowrap">
              {f.month(p.month)}
            </th>
            <td className="num">{p.opened}</td>
            <td className="num">{p.resolved}</td>
            <td className="num">{f.share(p.resolvedWithinTarget)}</td>
            <td className="num">{p.breaches}</td>
            <td className="num nowrap">{p.mttr.businessMinutes === null ? f.none : f.duration(p.mttr.businessMinutes)}</td>
            <td className="num">{f.availability(p.worstAvailability)}</td>
          </tr>
        ))}
      </DataTable>
    </section>
  );
}
