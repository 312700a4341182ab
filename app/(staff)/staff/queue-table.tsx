import { DataTable } from "~/app/_components/data-table";
import { getFormatter, getTranslations } from "next-intl/server";
import Link from "next/link";
import { EmptyState } from "~/app/_components/empty-state";
import { Pagination } from "~/app/_components/pagination";
import { SlaBadge } from "~/app/_components/sla-clock";
import { TicketStateBadge } from "~/app/_components/ticket-state-badge";
import type { QueueItemView } from "~/server/modules/tickets/tickets.schemas";

type Page = { items: QueueItemView[]; page: number; pageCount: number; total: number };
type Props = { id: string; result: Page; caption: string; empty: string; hrefFor: (page: number) => string };

/** Open tickets as the bureau sees them, the closest to a breach first (the server sorts by risk). */
export async function QueueTable({ id, result, caption, empty, hrefFor }: Props) {
  const [t, tickets, kinds, format] = await Promise.all([
    getTranslations("bureau"),
    getTranslations("tickets"),
    getTranslations("services.kinds"),
    getFormatter(),
  ]);
  const when = (d: Date) => format.dateTime(d, { dateStyle: "short", timeStyle: "short" });
  return (
    <div className="stack">
      <p role="status" className="results-count">
        {t("results", { total: result.total })}
      </p>
      {result.items.length === 0 ? (
        <EmptyState title={empty} hint={t("emptyHint")} />
      ) : (
        <DataTable
          id={id}
          caption={caption}
          headers={[
            tickets("number"),
            tickets("sla"),
            tickets("priority"),
            tickets("state"),
            t("customer"),
            tickets("service"),
            t("area"),
            t("technician"),
            t("visit"),
          ]}
        >
          {result.items.map((x) => (
            <tr key={x.id}>
              <th scope="row">
                <Link href={`/staff/tickets/${x.id}`} className="nowrap" aria-label={t("open", { number: x.number })}>
                  {x.number}
                </Link>
              </th>
              <td>
                <SlaBadge clock={x.responseBreached && !x.resolution.breached ? { ...x.resolution, breached: true } : x.resolution} />
                <br />
                <span className="muted nowrap">
                  <time dateTime={x.resolution.dueAt.toISOString()}>{when(x.resolution.dueAt)}</time>
                </span>
              </td>
              <td>{x.priority}</td>
              <td>
                <TicketStateBadge state={x.state} />
              </td>
              <td>{x.customerName}</td>
              <td>
                {kinds(x.service.kind)} <span className="identifier">{x.service.identifier}</span>
                <br />
                <span className="muted">{tickets(`categories.${x.category}`)}</span>
              </td>
              <td>{x.area ?? t("noArea")}</td>
              <td>{x.technician?.name ?? t("unassigned")}</td>
              <td className="nowrap">{x.visit ? `${when(x.visit.from)} – ${when(x.visit.to)}` : "—"}</td>
            </tr>
          ))}
        </DataTable>
      )}
      <Pagination page={result.page} pageCount={result.pageCount} hrefFor={hrefFor} />
    </div>
  );
}
