import { getFormatter, getTranslations } from "next-intl/server";
import Form from "next/form";
import Link from "next/link";
import { notFound } from "next/navigation";
import { auditFilterOf } from "~/app/_components/audit-filter";
import { DataTable } from "~/app/_components/data-table";
import { EmptyState } from "~/app/_components/empty-state";
import { Pagination } from "~/app/_components/pagination";
import { getMe } from "~/app/_lib/me";
import { adminTitled } from "../../admin-metadata";
import { hrefWith, pageParam, type SearchParams } from "~/app/_lib/search-params";
import { api } from "~/app/_lib/trpc/server";

export const generateMetadata = adminTitled("audit");

const PATH = "/enterprise/audit";

/** The company's audit log: filters in the URL (bookmarkable, and the CSV export takes the same ones). */
export default async function AuditPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const [me, t, format, params] = await Promise.all([getMe(), getTranslations("audit"), getFormatter(), searchParams]);
  if (!me.isEnterpriseAdmin || !me.customer) notFound();
  const filter = auditFilterOf(params);
  const page = pageParam(params);
  const view = await (await api()).audit.list({ ...(filter ?? {}), page });
  const query = { ...(filter ?? {}) };
  return (
    <div className="stack">
      <h1>{t("title")}</h1>
      <p className="muted">{t("lead", { company: me.customer.name })}</p>
      {!filter && (
        <p role="alert" className="alert alert-error">
          {t("badFilter")}
        </p>
      )}
      <Form action={PATH} className="filters" aria-label={t("filters")}>
        <div>
          <label htmlFor="audit-entity">{t("entity")}</label>
          <select id="audit-entity" name="entity" defaultValue={filter?.entity ?? ""}>
            <option value="">{t("allEntities")}</option>
            {view.entities.map((e) => (
              <option key={e} value={e}>
                {e}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="audit-actor">{t("actor")}</label>
          <select id="audit-actor" name="actorUserId" defaultValue={filter?.actorUserId ?? ""}>
            <option value="">{t("allActors")}</option>
            {view.actors.map((a) => (
              <option key={a.userId} value={a.userId}>
                {`${a.name} (${a.email})`}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="audit-from">{t("from")}</label>
          <input id="audit-from" type="date" name="from" defaultValue={filter?.from ?? ""} />
        </div>
        <div>
          <label htmlFor="audit-to">{t("to")}</label>
          <input id="audit-to" type="date" name="to" defaultValue={filter?.to ?? ""} />
        </div>
        <div className="filters-actions row">
          <button type="submit" className="btn">
            {t("apply")}
          </button>
          {Object.keys(query).length > 0 && <Link href={PATH}>{t("clear")}</Link>}
        </div>
      </Form>
      <p className="row">
        <span role="status">{t("count", { count: view.total })}</span>
        <a className="btn btn-secondary" href={hrefWith("/api/enterprise/audit.csv", query)} download>
          {t("download")}
        </a>
      </p>
      {view.entries.length === 0 ? (
        <EmptyState title={t("empty")} />
      ) : (
        <DataTable id="audit-table" caption={t("caption")} headers={[t("at"), t("actor"), t("action"), t("entity"), t("details")]}>
          {view.entries.map((e) => (
            <tr key={e.id}>
              <td className="nowrap">{format.dateTime(e.at, { dateStyle: "medium", timeStyle: "short" })}</td>
              <th scope="row">
                {e.actor ? (
                  <>
                    {e.actor.name}
                    <br />
                    <span className="muted">{e.actor.email}</span>
                  </>
                ) : (
                  t("system")
                )}
              </th>
              <td>
                <code>{e.action}</code>
              </td>
              <td>{e.entity}</td>
              <td className="audit-details">{e.details}</td>
            </tr>
          ))}
        </DataTable>
      )}
      <Pagination page={page} pageCount={Math.ceil(view.total / view.pageSize)} hrefFor={(p) => hrefWith(PATH, { ...query, page: p })} />
    </div>
  );
}
