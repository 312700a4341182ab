import { useTranslations } from "next-intl";
import Link from "next/link";
import type { OpenTicketView } from "~/server/modules/sla/sla.schemas";
import { DataTable } from "./data-table";
import { EmptyState } from "./empty-state";
import { SlaBadge } from "./sla-clock";
import { useSlaFormat } from "./sla-format";
import { TicketStateBadge } from "./ticket-state-badge";

/** Open faults with both clocks as of the request: due times, time left and the worst state in words. */
export function SlaOpenTickets({ tickets }: { tickets: OpenTicketView[] }) {
  const t = useTranslations("sla.open");
  const kinds = useTranslations("services.kinds");
  const f = useSlaFormat();
  const left = (c: OpenTicketView["resolution"]) => {
    if (c.breached) return t("overdue", { time: f.duration(c.elapsedMinutes - c.targetMinutes) });
    const text = f.duration(c.remainingMinutes);
    return c.paused ? `${text} (${t("paused")})` : text;
  };
  return (
    <section aria-labelledby="sla-open-title" className="stack">
      <h2 id="sla-open-title">{t("title")}</h2>
      {tickets.length === 0 ? (
        <EmptyState title={t("empty")} />
      ) : (
        <DataTable
          id="sla-open"
          caption={t("caption")}
          headers={[t("number"), t("service"), t("priority"), t("state"), t("responseDue"), t("resolutionDue"), t("timeLeft"), t("status")]}
        >
          {tickets.map((ticket) => {
            const { response, resolution } = ticket;
            const worst = response.breached && !resolution.breached ? { ...resolution, breached: true } : resolution;
            return (
              <tr key={ticket.id}>
                <th scope="row">
                  <Link href={`/tickets/${ticket.id}`} className="nowrap">
                    {ticket.number}
                  </Link>
                </th>
                <td>
                  {ticket.service.label ?? kinds(ticket.service.kind)} <span className="identifier">{ticket.service.identifier}</span>
                </td>
                <td>{ticket.priority}</td>
                <td>
                  <TicketStateBadge state={ticket.state} />
                </td>
                <td>{response.metAt ? t("answered") : <time dateTime={response.dueAt.toISOString()}>{f.when(response.dueAt)}</time>}</td>
                <td>
                  <time dateTime={resolution.dueAt.toISOString()}>{f.when(resolution.dueAt)}</time>
                </td>
                <td className="nowrap">{left(resolution)}</td>
                <td>
                  <SlaBadge clock={worst} />
                </td>
              </tr>
            );
          })}
        </DataTable>
      )}
    </section>
  );
}
