import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { notFound } from "next/navigation";
import { DataTable } from "~/app/_components/data-table";
import { EmptyState } from "~/app/_components/empty-state";
import { StatusBadge } from "~/app/_components/status-badge";
import { getMe } from "~/app/_lib/me";
import { api, orPage } from "~/app/_lib/trpc/server";
import type { ServiceView } from "~/server/modules/services/services.schemas";
import { CentreActions } from "./centre-actions";

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const [me, common] = await Promise.all([getMe().catch(() => null), getTranslations("common")]);
  const centre = me?.isEnterpriseAdmin
    ? await (await api()).costCentres.lines({ costCentreId: (await params).id }).catch(() => null)
    : null;
  return { title: centre ? `${centre.code} ${centre.name}` : common("notFoundTitle") };
}

/** One cost centre: its lines (links to their pages), renaming, and archiving or restoring it. */
export default async function CostCentrePage({ params }: Props) {
  const [me, t, services, { id }] = await Promise.all([getMe(), getTranslations("costCentres"), getTranslations("services"), params]);
  if (!me.isEnterpriseAdmin) notFound();
  const centre = await orPage((await api()).costCentres.lines({ costCentreId: id }));
  return (
    <div className="stack">
      <p>
        <Link href="/enterprise/cost-centres">{t("detail.back")}</Link>
      </p>
      <h1>
        {centre.code} {centre.name} {centre.archived && <span className="badge">{t("archived")}</span>}
      </h1>
      {centre.archived && <p className="alert">{t("detail.archivedNote", { count: centre.lines.length })}</p>}
      <CentreActions
        centre={{ id: centre.id, code: centre.code, name: centre.name, archived: centre.archived, lineCount: centre.lines.length }}
      />
      <section aria-labelledby="centre-lines-title" className="stack">
        <h2 id="centre-lines-title">{t("detail.linesTitle")}</h2>
        {centre.lines.length === 0 ? (
          <EmptyState title={t("detail.noLines")} />
        ) : (
          <DataTable
            id="centre-lines"
            caption={t("detail.linesCaption", { code: centre.code })}
            headers={[t("detail.line"), t("detail.kind"), t("detail.identifier"), t("detail.status")]}
          >
            {centre.lines.map((l) => (
              <tr key={l.id}>
                <th scope="row">
                  <Link href={`/services/${l.id}`}>{l.label ?? l.identifier}</Link>
                </th>
                <td>{services(`kinds.${l.kind as ServiceView["kind"]}`)}</td>
                <td className="nowrap">{l.identifier}</td>
                <td>
                  <StatusBadge status={l.status as ServiceView["status"]} />
                </td>
              </tr>
            ))}
          </DataTable>
        )}
      </section>
    </div>
  );
}
