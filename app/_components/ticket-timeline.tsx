import { useFormatter, useTranslations } from "next-intl";
import type { TimelineEntry } from "~/server/modules/tickets/tickets.schemas";

/** Every status change and public note of a ticket, oldest first, each with its time. */
export function TicketTimeline({ entries }: { entries: TimelineEntry[] }) {
  const t = useTranslations("tickets.timeline");
  const states = useTranslations("tickets.states");
  const detail = useTranslations("tickets.detail");
  const format = useFormatter();
  const when = (d: Date) => format.dateTime(d, { dateStyle: "medium", timeStyle: "short" });
  const headline = (e: TimelineEntry) => {
    if (e.kind === "progress" && e.progress) return t(`progress.${e.progress}`);
    if (e.kind === "status" && e.toState) return t("status", { state: states(e.toState) });
    return t(e.kind === "progress" || e.kind === "status" ? "note" : e.kind);
  };
  const sorted = [...entries].sort((a, b) => a.seq - b.seq);
  return (
    <section aria-labelledby="timeline-title">
      <h2 id="timeline-title">{t("title")}</h2>
      {sorted.length === 0 ? (
        <p className="muted">{t("empty")}</p>
      ) : (
        <ol className="timeline">
          {sorted.map((e) => (
            <li key={e.seq} className={`timeline-entry timeline-${e.kind}`}>
              <p className="timeline-head">
                <strong>{headline(e)}</strong>{" "}
                <span className="muted">
                  — {t(`authors.${e.author}`)}, <time dateTime={e.at.toISOString()}>{when(e.at)}</time>
                </span>
              </p>
              {e.visit && (
                <p>
                  {detail("visitRange", { from: when(e.visit.from), to: when(e.visit.to) })}
                </p>
              )}
              {e.text && <p className="timeline-text">{e.text}</p>}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
