import { getTranslations } from "next-intl/server";
import Form from "next/form";
import Link from "next/link";
import { notFound } from "next/navigation";
import { Pagination } from "~/app/_components/pagination";
import { getMe } from "~/app/_lib/me";
import { hrefWith, oneOf, pageParam, param, type SearchParams } from "~/app/_lib/search-params";
import { api, orPage } from "~/app/_lib/trpc/server";
import { lineSorts, serviceStatuses } from "~/server/modules/company-lines/company-lines.schemas";
import { serviceKinds } from "~/server/modules/services/services.schemas";
import { adminTitled } from "../../admin-metadata";
import { AssignmentsImport } from "./assignments-import";
import { LinesAdmin } from "./lines-admin";
import { centreItems, personItems, TargetOptions } from "./target-options";

export const generateMetadata = adminTitled("lines");

const PATH = "/enterprise/lines";
const PAGE_SIZE = 20;
const uuidOrNone = (v: string | undefined) => (v && (v === "none" || /^[0-9a-f-]{36}$/i.test(v)) ? v : undefined);

/** All of the company's lines: filters and sort in the URL, bulk changes, the CSV out and the assignments file in. */
export default async function LinesPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const [me, t, c, s, sp] = await Promise.all([
    getMe(),
    getTranslations("lines"),
    getTranslations("companyLines"),
    getTranslations("services"),
    searchParams,
  ]);
  if (!me.isEnterpriseAdmin || !me.customer) notFound();
  const filter = {
    q: (param(sp, "q") ?? "").replace(/\0/g, "").trim().slice(0, 100) || undefined,
    kind: oneOf(serviceKinds, param(sp, "kind")),
    status: oneOf(serviceStatuses, param(sp, "status")),
    costCentreId: uuidOrNone(param(sp, "costCentreId")),
    assignedUserId: uuidOrNone(param(sp, "assignedUserId")),
  };
  const sort = oneOf(lineSorts, param(sp, "sort")) ?? "identifier";
  const dir = param(sp, "dir") === "desc" ? "desc" : "asc";
  const page = pageParam(sp);
  const caller = await api();
  const [view, choices] = await Promise.all([
    orPage(caller.companyLines.list({ ...filter, sort, dir, page, pageSize: PAGE_SIZE })),
    caller.companyLines.choices(),
  ]);
  const query = Object.fromEntries(Object.entries(filter).filter((e): e is [string, string] => typeof e[1] === "string"));
  const filtered = Object.keys(query).length > 0;
  return (
    <div className="stack">
      <h1>{t("title")}</h1>
      <p className="muted">{t("lead", { customer: me.customer.name })}</p>
      <Form action={PATH} role="search" className="filters">
        <div className="filters-q">
          <label htmlFor="lines-q">{t("search")}</label>
          <input id="lines-q" type="search" name="q" defaultValue={filter.q ?? ""} maxLength={100} aria-describedby="lines-q-hint" />
          <p id="lines-q-hint" className="hint">
            {t("searchHint")}
          </p>
        </div>
        <div>
          <label htmlFor="lines-kind">{t("kind")}</label>
          <select id="lines-kind" name="kind" defaultValue={filter.kind ?? ""}>
            <option value="">{t("allKinds")}</option>
            {serviceKinds.map((k) => (
              <option key={k} value={k}>
                {s(`kinds.${k}`)}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="lines-status">{c("status")}</label>
          <select id="lines-status" name="status" defaultValue={filter.status ?? ""}>
            <option value="">{c("allStatuses")}</option>
            {serviceStatuses.map((st) => (
              <option key={st} value={st}>
                {s(`statuses.${st}`)}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="lines-centre">{c("costCentre")}</label>
          <select id="lines-centre" name="costCentreId" defaultValue={filter.costCentreId ?? ""}>
            <TargetOptions first={["", c("allCostCentres")]} none={c("noCostCentre")} items={centreItems(choices.costCentres)} />
          </select>
        </div>
        <div>
          <label htmlFor="lines-person">{c("person")}</label>
          <select id="lines-person" name="assignedUserId" defaultValue={filter.assignedUserId ?? ""}>
            <TargetOptions first={["", c("everyone")]} none={c("nobody")} items={personItems(choices.people)} />
          </select>
        </div>
        <div className="filters-actions row">
          <button type="submit" className="btn">
            {t("submit")}
          </button>
          {filtered && <Link href={PATH}>{t("clear")}</Link>}
        </div>
      </Form>
      <p className="row">
        <span role="status" className="results-count">
          {t("results", { total: view.total })}
        </span>
        <a className="btn btn-secondary" href={hrefWith("/api/enterprise/lines.csv", query)} download>
          {c("download")}
        </a>
      </p>
      <LinesAdmin view={view} choices={choices} query={query} sort={sort} dir={dir} />
      <Pagination page={view.page} pageCount={view.pageCount} hrefFor={(p) => hrefWith(PATH, { ...query, sort, dir, page: p })} />
      <AssignmentsImport />
    </div>
  );
}
