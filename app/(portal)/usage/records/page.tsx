import { TRPCError } from "@trpc/server";
import { getFormatter, getTranslations } from "next-intl/server";
import Form from "next/form";
import Link from "next/link";
import { redirect } from "next/navigation";
import { EmptyState } from "~/app/_components/empty-state";
import { Pagination } from "~/app/_components/pagination";
import { UsageRecordsTable } from "~/app/_components/usage-records-table";
import { hasUnknownChoice, recordsInput, recordsQuery } from "~/app/_components/usage-records-query";
import { titled } from "~/app/_lib/metadata";
import { hrefWith, pageParam, type SearchParams } from "~/app/_lib/search-params";
import { api, orPage } from "~/app/_lib/trpc/server";
import { usageKinds, usageZones } from "~/server/modules/usage/usage.schemas";
import "../usage.css";

export const generateMetadata = titled("usage");

const PAGE_SIZE = 50;

export default async function UsageRecordsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const caller = await api();
  if (caller.actor?.kind === "staff") redirect("/staff");
  const sp = await searchParams;
  const query = recordsQuery(sp);
  const page = pageParam(sp);
  const [services, t, kinds, format] = await Promise.all([
    orPage(caller.services.list({ pageSize: 100 })),
    getTranslations("usage"),
    getTranslations("services.kinds"),
    getFormatter(),
  ]);
  // A filter the procedure refuses (bad dates, a reversed or too long range) is the user's to fix, not a 404.
  const result = hasUnknownChoice(sp)
    ? null
    : await orPage(
        caller.usage.records({ ...recordsInput(query), page, pageSize: PAGE_SIZE }).catch((e: unknown) => {
          if (e instanceof TRPCError && e.code === "BAD_REQUEST") return null;
          throw e;
        }),
      );
  const filtered = Object.values(query).some(Boolean);
  const csvHref = hrefWith("/api/usage/records.csv", { ...query });

  return (
    <div className="stack">
      <p>
        <Link href="/usage">{t("records.back")}</Link>
      </p>
      <h1>{t("records.title")}</h1>
      <p className="muted">{t("records.lead")}</p>

      <Form action="/usage/records" role="search" aria-label={t("records.filters")} className="filters usage-filters">
        <div>
          <label htmlFor="records-service">{t("service")}</label>
          <select id="records-service" name="service" defaultValue={query.service ?? ""}>
            <option value="">{t("allServices")}</option>
            {services.items.map((s) => (
              <option key={s.id} value={s.id}>{`${s.label ?? kinds(s.kind)} ${s.identifier}`}</option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="records-kind">{t("records.kind")}</label>
          <select id="records-kind" name="kind" defaultValue={query.kind ?? ""}>
            <option value="">{t("records.allKinds")}</option>
            {usageKinds.map((k) => (
              <option key={k} value={k}>
                {t(`kinds.${k}`)}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="records-zone">{t("records.zone")}</label>
          <select id="records-zone" name="zone" defaultValue={query.zone ?? ""}>
            <option value="">{t("records.allZones")}</option>
            {usageZones.map((z) => (
              <option key={z} value={z}>
                {t(`zones.${z}`)}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="records-from">{t("records.from")}</label>
          <input id="records-from" type="date" name="from" defaultValue={query.from ?? ""} />
        </div>
        <div>
          <label htmlFor="records-to">{t("records.to")}</label>
          <input id="records-to" type="date" name="to" defaultValue={query.to ?? ""} />
        </div>
        <div className="filters-actions row">
          <button type="submit" className="btn">
            {t("records.submit")}
          </button>
          {filtered && <Link href="/usage/records">{t("records.clear")}</Link>}
        </div>
      </Form>

      {result === null ? (
        <p className="alert alert-error" role="alert">
          {t("records.badFilter")}
        </p>
      ) : (
        <>
          <div className="row">
            <p className="results-count" role="status">
              {t("records.count", { count: result.total })}
            </p>
            {result.total > 0 && (
              <a href={csvHref} className="btn btn-secondary" download>
                {t("records.download")}
              </a>
            )}
          </div>
          {result.items.length === 0 ? (
            <EmptyState title={t("records.empty")} hint={t("records.emptyHint")} />
          ) : (
            <UsageRecordsTable
              items={result.items}
              formatDate={(d) => format.dateTime(d, { dateStyle: "medium", timeStyle: "medium", timeZone: "UTC" })}
            />
          )}
          <Pagination page={result.page} pageCount={result.pageCount} hrefFor={(p) => hrefWith("/usage/records", { ...query, page: p })} />
        </>
      )}
    </div>
  );
}
