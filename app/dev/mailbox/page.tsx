import { getFormatter, getTranslations } from "next-intl/server";
import { cookies } from "next/headers";
import { EmptyState } from "~/app/_components/empty-state";
import { titled } from "~/app/_lib/metadata";
import { api, orPage } from "~/app/_lib/trpc/server";
import { closeMailboxAction, openMailboxAction } from "./actions";
import { MAILBOX_KEY_COOKIE } from "./key-cookie";

export const generateMetadata = titled("mailbox");

/**
 * What the local mail catcher received; the router answers NOT_FOUND when it is switched off. A signed-in person
 * sees their own mail, everyone's needs the mailbox key.
 */
export default async function DevMailboxPage() {
  const caller = await api();
  const key = (await cookies()).get(MAILBOX_KEY_COOKIE)?.value;
  const [{ scope, mails }, t, format] = await Promise.all([
    orPage(caller.devMailbox.list({ key })),
    getTranslations("mailbox"),
    getFormatter(),
  ]);
  return (
    <main id="main" className="stack">
      <h1>{t("title")}</h1>
      <p className="muted">{t("lead")}</p>
      <p>{t(`scope.${scope}`)}</p>
      {scope === "all" ? (
        <form action={closeMailboxAction}>
          <button type="submit" className="btn btn-secondary">
            {t("closeKey")}
          </button>
        </form>
      ) : (
        <form action={openMailboxAction} className="row">
          <div>
            <label htmlFor="mailbox-key">{t("key")}</label>
            <input id="mailbox-key" name="key" type="password" autoComplete="off" aria-describedby="mailbox-key-hint" />
            <p id="mailbox-key-hint" className="hint">
              {key ? t("keyWrong") : t("keyHint")}
            </p>
          </div>
          <button type="submit" className="btn btn-secondary">
            {t("openKey")}
          </button>
        </form>
      )}
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
