import { useFormatter, useTranslations } from "next-intl";
import type { AttachmentView, TimelineEntry } from "~/server/modules/tickets/tickets.schemas";

/** Every status change, public note and attached file of a ticket, oldest first, each with its time. */
export function TicketTimeline({ entries, attachments = [] }: { entries: TimelineEntry[]; attachments?: AttachmentView[] }) {
  const t = useTranslations("tickets.timeline");
  const files = useTranslations("tickets.attachments");
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
              {e.visit && <p>{detail("visitRange", { from: when(e.visit.from), to: when(e.visit.to) })}</p>}
              {e.text && <p className="timeline-text">{e.text}</p>}
              {e.kind === "attachment" && (
                <ul className="attachment-list">
                  {attachments
                    .filter((a) => a.eventSeq === e.seq)
                    .map((a) => (
                      <li key={a.id}>
                        <a href={`/api/attachments/${a.id}`} download={a.fileName}>
                          {a.fileName}
                        </a>{" "}
                        <span className="muted">({files("sizeKb", { size: format.number(Math.max(1, Math.round(a.size / 1024))) })})</span>
                      </li>
                    ))}
                </ul>
              )}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
