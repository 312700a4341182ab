"use client";
import { useMutation } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { EmptyState } from "~/app/_components/empty-state";
import { FormStatus } from "~/app/_components/form-status";
import { StatusBadge } from "~/app/_components/status-badge";
import { hrefWith } from "~/app/_lib/search-params";
import { useTRPC } from "~/app/_lib/trpc/client";
import { centreItems, personItems, TargetOptions } from "./target-options";
import type { CompanyLinesView, LineChoicesView, lineSorts } from "~/server/modules/company-lines/company-lines.schemas";

type Sort = (typeof lineSorts)[number];
const KEEP = "keep";
const NONE = "none";

/** The lines table with a checkbox per row, sortable columns, and the bar that changes the selected lines at once. */
export function LinesAdmin({
  view,
  choices,
  query,
  sort,
  dir,
}: {
  view: CompanyLinesView;
  choices: LineChoicesView;
  query: Record<string, string>;
  sort: Sort;
  dir: "asc" | "desc";
}) {
  const t = useTranslations("companyLines");
  const lines = useTranslations("lines");
  const s = useTranslations("services");
  const trpc = useTRPC();
  const router = useRouter();
  const [selected, setSelected] = useState<string[]>([]);
  const [centre, setCentre] = useState(KEEP);
  const [person, setPerson] = useState(KEEP);
  const [said, setSaid] = useState("");
  const [problem, setProblem] = useState<string | null>(null);
  const assign = useMutation(trpc.companyLines.assign.mutationOptions());
  const pageIds = view.items.map((l) => l.id);
  const allOnPage = pageIds.length > 0 && pageIds.every((id) => selected.includes(id));
  const toggle = (id: string, on: boolean) => setSelected((was) => (on ? [...was, id] : was.filter((x) => x !== id)));

  const header = (column: Sort, label: string) => {
    const current = sort === column;
    const next = current && dir === "asc" ? "desc" : "asc";
    return (
      <th scope="col" aria-sort={current ? (dir === "asc" ? "ascending" : "descending") : undefined}>
        <Link href={hrefWith("/enterprise/lines", { ...query, sort: column, dir: next })} aria-label={t("sortBy", { column: label })}>
          {label}
          {current && <span aria-hidden="true">{dir === "asc" ? " ▲" : " ▼"}</span>}
        </Link>
      </th>
    );
  };

  const apply = (e: React.FormEvent) => {
    e.preventDefault();
    if (selected.length === 0) return setProblem(t("noneSelected"));
    if (centre === KEEP && person === KEEP) return setProblem(t("nothingChosen"));
    setProblem(null);
    assign.mutate(
      {
        serviceIds: selected,
        ...(centre !== KEEP ? { costCentreId: centre === NONE ? null : centre } : {}),
        ...(person !== KEEP ? { assignedUserId: person === NONE ? null : person } : {}),
      },
      {
        onSuccess: ({ changed }) => {
          setSaid(t("assigned", { count: changed }));
          setSelected([]);
          router.refresh();
        },
      },
    );
  };

  if (view.items.length === 0) return <EmptyState title={lines("empty")} hint={lines("emptyHint")} />;
  return (
    <div className="stack">
      <FormStatus announcement={said} error={problem ?? assign.error} />
      <form className="card stack" aria-labelledby="bulk-title" onSubmit={apply}>
        <h2 id="bulk-title">{t("bulkTitle")}</h2>
        <p role="status">{t("selected", { count: selected.length })}</p>
        <div className="filters">
          <div>
            <label htmlFor="bulk-centre">{t("putIn")}</label>
            <select id="bulk-centre" value={centre} onChange={(e) => setCentre(e.target.value)}>
              <TargetOptions first={[KEEP, t("keep")]} none={t("noCostCentre")} items={centreItems(choices.costCentres)} />
            </select>
          </div>
          <div>
            <label htmlFor="bulk-person">{t("giveTo")}</label>
            <select id="bulk-person" value={person} onChange={(e) => setPerson(e.target.value)}>
              <TargetOptions first={[KEEP, t("keep")]} none={t("nobody")} items={personItems(choices.people)} />
            </select>
          </div>
          <div className="filters-actions">
            <button type="submit" className="btn" disabled={assign.isPending} aria-busy={assign.isPending}>
              {assign.isPending ? t("applying") : t("apply")}
            </button>
          </div>
        </div>
      </form>
      <div className="table-wrap" role="region" aria-labelledby="lines-caption" tabIndex={0}>
        <table>
          <caption id="lines-caption">{lines("caption")}</caption>
          <thead>
            <tr>
              <th scope="col">
                <input
                  type="checkbox"
                  aria-label={t("selectPage")}
                  checked={allOnPage}
                  onChange={(e) =>
                    setSelected((was) => (e.target.checked ? [...new Set([...was, ...pageIds])] : was.filter((x) => !pageIds.includes(x))))
                  }
                />
              </th>
              {header("identifier", lines("number"))}
              {header("label", lines("label"))}
              {header("kind", s("kind"))}
              <th scope="col">{s("plan")}</th>
              {header("status", s("status"))}
              {header("costCentre", s("costCentre"))}
              {header("assignedTo", s("assignedTo"))}
            </tr>
          </thead>
          <tbody>
            {view.items.map((l) => (
              <tr key={l.id}>
                <td>
                  <input
                    type="checkbox"
                    aria-label={t("select", { line: l.label ? `${l.identifier} (${l.label})` : l.identifier })}
                    checked={selected.includes(l.id)}
                    onChange={(e) => toggle(l.id, e.target.checked)}
                  />
                </td>
                <th scope="row">
                  <Link href={`/services/${l.id}`} className="nowrap">
                    {l.identifier}
                  </Link>
                </th>
                <td>{l.label ?? "—"}</td>
                <td>{s(`kinds.${l.kind}`)}</td>
                <td>{l.plan}</td>
                <td>
                  <StatusBadge status={l.status} />
                </td>
                <td>{l.costCentre?.name ?? "—"}</td>
                <td>{l.assignedTo?.name ?? "—"}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
