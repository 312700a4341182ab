import { DataTable } from "~/app/_components/data-table";
import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { hrefWith, oneOf, pageParam, param, type SearchParams } from "~/app/_lib/search-params";
import { api, orPage } from "~/app/_lib/trpc/server";
import { serviceKinds } from "~/server/modules/services/services.schemas";
import { EmptyState } from "./empty-state";
import { LinesSearch } from "./lines-search";
import { Pagination } from "./pagination";
import { StatusBadge } from "./status-badge";

const PAGE_SIZE = 20;

/** The company's lines: search, kind filter and pages, all from the URL (`q`, `kind`, `page`). */
export async function LinesTable({ searchParams, path }: { searchParams: SearchParams; path: string }) {
  const q = (param(searchParams, "q") ?? "").replace(/\0/g, "").trim().slice(0, 100);
  const kind = oneOf(serviceKinds, param(searchParams, "kind"));
  const page = pageParam(searchParams);
  const caller = await api();
  const [result, t, s] = await Promise.all([
    orPage(caller.services.list({ q: q || undefined, kind, page, pageSize: PAGE_SIZE })),
    getTranslations("lines"),
    getTranslations("services"),
  ]);
  const hrefFor = (p: number) => hrefWith(path, { q, kind, page: p });
  return (
    <div className="stack">
      <LinesSearch action={path} q={q} kind={kind} />
      <p role="status" className="results-count">
        {t("results", { total: result.total })}
      </p>
      {result.items.length === 0 ? (
        <EmptyState title={t("empty")} hint={t("emptyHint")} />
      ) : (
        <DataTable
          id="lines"
          caption={t("caption")}
          headers={[t("number"), t("label"), s("kind"), s("plan"), s("status"), s("costCentre"), s("assignedTo")]}
        >
          {result.items.map((l) => (
            <tr key={l.id}>
              <th scope="row">
                <Link href={`/services/${l.id}`} className="nowrap">
                  {l.identifier}
                </Link>
              </th>
              <td>{l.label ?? "—"}</td>
              <td>{s(`kinds.${l.kind}`)}</td>
              <td>{l.plan.name}</td>
              <td>
                <StatusBadge status={l.status} />
              </td>
              <td>{l.costCentre?.name ?? "—"}</td>
              <td>{l.assignedTo ?? "—"}</td>
            </tr>
          ))}
        </DataTable>
      )}
      <Pagination page={result.page} pageCount={result.pageCount} hrefFor={hrefFor} />
    </div>
  );
}
