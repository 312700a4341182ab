import { useTranslations } from "next-intl";
import type { MonthFiguresView } from "~/server/modules/sla/sla.schemas";
import { useSlaFormat } from "./sla-format";

function Kpi({ id, label, value, note }: { id: string; label: string; value: string; note: string }) {
  return (
    <section className="card sla-kpi" aria-labelledby={id}>
      <h3 id={id} className="card-title">
        {label}
      </h3>
      <p className="sla-kpi-value">{value}</p>
      <p className="muted">{note}</p>
    </section>
  );
}

/** The month's headline figures as cards; each says what it counts. */
export function SlaKpis({ figures }: { figures: MonthFiguresView }) {
  const t = useTranslations("sla.kpi");
  const f = useSlaFormat();
  const counted = t("counted", { resolved: figures.resolved, opened: figures.opened });
  const b = figures.breaches;
  return (
    <section aria-labelledby="sla-kpi-title" className="stack">
      <h2 id="sla-kpi-title">{t("title", { month: f.month(figures.month) })}</h2>
      <div className="grid sla-kpis">
        <Kpi id="kpi-resolved" label={t("resolvedInTime")} value={f.share(figures.resolvedWithinTarget)} note={counted} />
        <Kpi id="kpi-responded" label={t("respondedInTime")} value={f.share(figures.respondedWithinTarget)} note={counted} />
        <Kpi
          id="kpi-breaches"
          label={t("breaches")}
          value={String(b.total)}
          note={t("byPriority", {
            p1: b.byPriority.P1 ?? 0,
            p2: b.byPriority.P2 ?? 0,
            p3: b.byPriority.P3 ?? 0,
            p4: b.byPriority.P4 ?? 0,
            response: b.response,
          })}
        />
        <Kpi
          id="kpi-mttr"
          label={t("mttr")}
          value={figures.mttr.businessMinutes === null ? f.none : f.duration(figures.mttr.businessMinutes)}
          note={t("mttrNote", {
            business: figures.mttr.businessMinutes === null ? f.none : f.duration(figures.mttr.businessMinutes),
            wall: f.hours(figures.mttr.wallClockHours),
          })}
        />
        <Kpi
          id="kpi-availability"
          label={t("availability")}
          value={f.availability(figures.worstAvailability)}
          note={t("availabilityNote")}
        />
      </div>
    </section>
  );
}
