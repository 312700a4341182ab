import { getFormatter, getTranslations } from "next-intl/server";
import Link from "next/link";
import { redirect } from "next/navigation";
import { DataTable } from "~/app/_components/data-table";
import { EmptyState } from "~/app/_components/empty-state";
import { Pagination } from "~/app/_components/pagination";
import { SlaBadge } from "~/app/_components/sla-clock";
import { TicketStateBadge } from "~/app/_components/ticket-state-badge";
import { titled } from "~/app/_lib/metadata";
import { hrefWith, pageParam, type SearchParams } from "~/app/_lib/search-params";
import { api, orPage } from "~/app/_lib/trpc/server";
import type { ClockView } from "~/server/modules/tickets/tickets.schemas";

const PAGE_SIZE = 20;

/** A missed response target shows as a breach even while the resolution clock still runs. */
const worstClock = ({ responseBreached, resolution }: { responseBreached: boolean; resolution: ClockView }) =>
  responseBreached && !resolution.breached ? { ...resolution, breached: true } : resolution;

export const generateMetadata = titled("tickets");

export default async function TicketsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const caller = await api();
  if (caller.actor?.kind === "staff") redirect("/staff");
  const page = pageParam(await searchParams);
  const [result, t, kinds, format] = await Promise.all([
    orPage(caller.tickets.list({ page, pageSize: PAGE_SIZE })),
    getTranslations("tickets"),
    getTranslations("services.kinds"),
    getFormatter(),
  ]);
  return (
    <div className="stack">
      <h1>{t("title")}</h1>
      <p className="muted">{t("lead")}</p>
      <p className="muted">{t("reportHint")}</p>
      {result.items.length === 0 ? (
        <EmptyState title={t("empty")} hint={t("emptyHint")}>
          <p>
            <Link href="/tickets/new">{t("reportLink")}</Link>
          </p>
        </EmptyState>
      ) : (
        <DataTable
          id="tickets"
          caption={t("caption")}
          headers={[t("number"), t("service"), t("category"), t("state"), t("sla"), t("reported")]}
        >
          {result.items.map((ticket) => (
            <tr key={ticket.id}>
              <th scope="row">
                <Link href={`/tickets/${ticket.id}`} className="nowrap">
                  {ticket.number}
                </Link>
              </th>
              <td>
                {ticket.service.label ?? kinds(ticket.service.kind)} <span className="identifier">{ticket.service.identifier}</span>
              </td>
              <td>{t(`categories.${ticket.category}`)}</td>
              <td>
                <TicketStateBadge state={ticket.state} />
              </td>
              <td>
                <SlaBadge clock={worstClock(ticket)} />
              </td>
              <td>
                <time dateTime={ticket.createdAt.toISOString()}>
                  {format.dateTime(ticket.createdAt, { dateStyle: "medium", timeStyle: "short" })}
                </time>
              </td>
            </tr>
          ))}
        </DataTable>
      )}
      <Pagination page={result.page} pageCount={result.pageCount} hrefFor={(p) => hrefWith("/tickets", { page: p })} />
    </div>
  );
}
