import { useFormatter, useTranslations } from "next-intl";
import type { ClockView, ClocksView } from "~/server/modules/tickets/tickets.schemas";

type SlaStatus = "breached" | "atRisk" | "paused" | "met" | "onTrack";
type Clock = Pick<ClockView, "breached" | "atRisk" | "paused" | "stopped" | "metAt">;

/** One word for a clock, worst first: a breach outranks a risk, a risk a pause. */
function slaStatusOf(clock: Clock): SlaStatus {
  if (clock.breached) return "breached";
  if (clock.atRisk) return "atRisk";
  if (clock.paused) return "paused";
  if (clock.stopped || clock.metAt) return "met";
  return "onTrack";
}

/** The clock's state as a word in a badge: never colour alone. */
export function SlaBadge({ clock }: { clock: Clock }) {
  const t = useTranslations("tickets.slaStatus");
  const status = slaStatusOf(clock);
  return <span className={`badge sla-${status}`}>{t(status)}</span>;
}

/** "2 h 15 min", "3 d 4 h": a whole number of minutes, in the viewer's language. */
export function useDuration() {
  const t = useTranslations("tickets.clocks");
  return (minutes: number) => {
    const m = Math.max(0, Math.round(Math.abs(minutes)));
    if (m < 60) return t("minutes", { minutes: m });
    if (m < 24 * 60) return t("hours", { hours: Math.floor(m / 60), minutes: m % 60 });
    return t("days", { days: Math.floor(m / 1440), hours: Math.floor((m % 1440) / 60) });
  };
}

function SlaClock({ id, label, clock }: { id: string; label: string; clock: ClockView }) {
  const t = useTranslations("tickets.clocks");
  const format = useFormatter();
  const duration = useDuration();
  const percent = clock.targetMinutes > 0 ? Math.round((clock.elapsedMinutes / clock.targetMinutes) * 100) : 0;
  const when = (d: Date) => format.dateTime(d, { dateStyle: "medium", timeStyle: "short" });
  return (
    <section className={`card sla-clock sla-clock-${slaStatusOf(clock)}`} aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`} className="card-title row">
        {label} <SlaBadge clock={clock} />
      </h3>
      <dl className="details details-compact">
        <div className="details-row">
          <dt>{t("due")}</dt>
          <dd>
            <time dateTime={clock.dueAt.toISOString()}>{when(clock.dueAt)}</time>
          </dd>
        </div>
        {clock.metAt ? (
          <div className="details-row">
            <dt>{t("metAt")}</dt>
            <dd>
              <time dateTime={clock.metAt.toISOString()}>{when(clock.metAt)}</time>
            </dd>
          </div>
        ) : (
          <div className="details-row">
            <dt>{clock.remainingMinutes < 0 || clock.breached ? t("overdueBy") : t("timeLeft")}</dt>
            <dd>{duration(clock.remainingMinutes)}</dd>
          </div>
        )}
      </dl>
      <label htmlFor={`${id}-used`} className="sla-used">
        {t("used", { percent })}
      </label>
      <progress id={`${id}-used`} max={100} value={Math.min(100, Math.max(0, percent))}>
        {percent} %
      </progress>
      {clock.paused && <p className="muted">{t("pausedNote")}</p>}
    </section>
  );
}

/** Response and resolution clocks of a ticket, with due times, time left and their state in words. */
export function SlaClocks({ clocks }: { clocks: ClocksView }) {
  const t = useTranslations("tickets.clocks");
  return (
    <section aria-labelledby="sla-title" className="stack">
      <h2 id="sla-title">{t("title")}</h2>
      <p className="muted">{t("tier", { tier: t(`tiers.${clocks.tier}`), calendar: t(`calendars.${clocks.calendar}`) })}</p>
      <div className="grid">
        <SlaClock id="sla-response" label={t("response")} clock={clocks.response} />
        <SlaClock id="sla-resolution" label={t("resolution")} clock={clocks.resolution} />
      </div>
    </section>
  );
}
