import { getFormatter, getTranslations } from "next-intl/server";
import { EmptyState } from "~/app/_components/empty-state";
import { api, orPage } from "~/app/_lib/trpc/server";
import { DisputeDecision } from "./dispute-decision";

/** The billing agent's desk: every open dispute, oldest first, each with its decision form. */
export async function DisputesDesk() {
  const caller = await api();
  const [open, t, staff, format] = await Promise.all([
    orPage(caller.disputes.queue()),
    getTranslations("disputes"),
    getTranslations("staff"),
    getFormatter(),
  ]);
  return (
    <section className="stack" aria-labelledby="queue-disputes">
      <h2 id="queue-disputes">{staff("queues.disputes")}</h2>
      <p className="muted">{t("desk.lead")}</p>
      {open.length === 0 ? (
        <EmptyState title={t("desk.empty")} />
      ) : (
        <ul className="stack" aria-label={staff("queues.disputes")}>
          {open.map((d) => (
            <li key={d.id} id={`dispute-${d.id}`} className="card stack">
              <h3>
                {d.billNumber} · {d.lineDescription}
              </h3>
              <dl className="details details-compact">
                <div className="details-row">
                  <dt>{t("desk.amount")}</dt>
                  <dd>{format.number(d.amount.amountMinor / 100, { style: "currency", currency: d.amount.currency })}</dd>
                </div>
                <div className="details-row">
                  <dt>{t("desk.customerReason")}</dt>
                  <dd>{d.reason}</dd>
                </div>
                <div className="details-row">
                  <dt>{t("desk.opened")}</dt>
                  <dd>
                    {format.dateTime(d.createdAt, { dateStyle: "medium", timeStyle: "short" })} · {t("ticket", { number: d.ticket.number })}
                  </dd>
                </div>
              </dl>
              <DisputeDecision disputeId={d.id} bill={d.billNumber} />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
