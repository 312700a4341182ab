import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { redirect } from "next/navigation";
import { EmptyState } from "~/app/_components/empty-state";
import { titled } from "~/app/_lib/metadata";
import { param, type SearchParams } from "~/app/_lib/search-params";
import { api, orPage } from "~/app/_lib/trpc/server";
import { faultCategories } from "~/server/modules/tickets/tickets.schemas";
import { ReportFaultForm } from "./report-fault-form";

export const generateMetadata = titled("reportFault");

export default async function ReportFaultPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const caller = await api();
  if (caller.actor?.kind === "staff") redirect("/staff");
  const serviceId = param(await searchParams, "serviceId");
  const [t, kinds] = await Promise.all([getTranslations("tickets.report"), getTranslations("services.kinds")]);
  const back = (
    <p>
      <Link href="/tickets">
        <span aria-hidden="true">← </span>
        {(await getTranslations("tickets.detail"))("back")}
      </Link>
    </p>
  );

  if (!serviceId) {
    // No service chosen yet: offer the customer's services (the usual way in is the service page).
    const services = await orPage(caller.services.list({ page: 1, pageSize: 100 }));
    const usable = services.items.filter((s) => s.status !== "terminated");
    return (
      <div className="stack narrow">
        {back}
        <h1>{t("title")}</h1>
        <h2>{t("chooseService")}</h2>
        {usable.length === 0 ? (
          <EmptyState title={t("noServices")} />
        ) : (
          <ul className="stack">
            {usable.map((s) => (
              <li key={s.id}>
                <Link href={`/tickets/new?serviceId=${s.id}`}>
                  {s.label ?? kinds(s.kind)} <span className="identifier">{s.identifier}</span>
                </Link>
              </li>
            ))}
          </ul>
        )}
      </div>
    );
  }

  const service = await orPage(caller.services.get({ id: serviceId }));
  const name = `${service.label ?? kinds(service.kind)} ${service.identifier}`;
  return (
    <div className="stack narrow">
      {back}
      <h1>{t("title")}</h1>
      <p className="muted">{t("lead", { service: name })}</p>
      <ReportFaultForm serviceId={service.id} categories={[...faultCategories[service.kind]]} />
    </div>
  );
}
