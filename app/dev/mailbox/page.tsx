import { getFormatter, getTranslations } from "next-intl/server";
import { EmptyState } from "~/app/_components/empty-state";
import { titled } from "~/app/_lib/metadata";
import { api, orPage } from "~/app/_lib/trpc/server";

export const generateMetadata = titled("mailbox");

/** What the local mail catcher received; the router answers NOT_FOUND when it is switched off. */
export default async function DevMailboxPage() {
  const caller = await api();
  const [mails, t, format] = await Promise.all([orPage(caller.devMailbox.list()), getTranslations("mailbox"), getFormatter()]);
  return (
    <main id="main" className="stack">
      <h1>{t("title")}</h1>
      <p className="muted">{t("lead")}</p>
      <p role="status">{t("count", { count: mails.length })}</p>
      {mails.length === 0 ? (
        <EmptyState title={t("empty")} />
      ) : (
        <ol className="mail-list">
          {mails.map((m) => (
            <li key={m.id}>
              <article className="card stack" aria-labelledby={`mail-${m.id}`}>
                <h2 id={`mail-${m.id}`} className="card-title">
                  {m.subject}
                </h2>
                <dl className="details details-compact">
                  <div className="details-row">
                    <dt>{t("received")}</dt>
                    <dd>
                      <time dateTime={m.receivedAt.toISOString()}>
                        {format.dateTime(m.receivedAt, { dateStyle: "medium", timeStyle: "medium" })}
                      </time>
                    </dd>
                  </div>
                  <div className="details-row">
                    <dt>{t("from")}</dt>
                    <dd>{m.from}</dd>
                  </div>
                  <div className="details-row">
                    <dt>{t("to")}</dt>
                    <dd>{m.to}</dd>
                  </div>
                </dl>
                <pre className="mail-text">{m.text}</pre>
              </article>
            </li>
          ))}
        </ol>
      )}
    </main>
  );
}
