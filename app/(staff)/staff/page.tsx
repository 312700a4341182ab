import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { StaffHome } from "~/app/_components/staff-home";
import { getMe } from "~/app/_lib/me";
import { titled } from "~/app/_lib/metadata";
import { hrefWith, oneOf, pageParam, param, type SearchParams } from "~/app/_lib/search-params";
import { api, orPage } from "~/app/_lib/trpc/server";
import { serviceKinds } from "~/server/modules/services/services.schemas";
import { Priority } from "~/server/modules/tickets/tickets.schemas";
import { DisputesDesk } from "./disputes-desk";
import { OutagesPanel } from "./outages-panel";
import { QueueFilters } from "./queue-filters";
import { QueueTable } from "./queue-table";

export const generateMetadata = titled("staff");

const PAGE_SIZE = 20;

/** The staff home: the role's queue at a glance, then the desk (dispatcher: queue and outages; technician: worklist; agent: disputes). */
export default async function StaffPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const caller = await api();
  // The role's queue at a glance comes in the same round as the person; the desk below reads its own lists.
  const [me, home, t, payments, desk] = await Promise.all([
    getMe(),
    orPage(caller.dashboard.staff()),
    getTranslations("staff"),
    getTranslations("payments"),
    getTranslations("desk"),
  ]);
  const role = me.staffRole ?? "unknown";
  const sp = await searchParams;
  return (
    <div className="stack">
      <h1>{t("title")}</h1>
      <p className="muted">{t("signedInAs", { name: me.user.name, role: t(`roles.${role}`) })}</p>
      <StaffHome home={home} />
      {role === "billing_agent" && (
        <p>
          <Link href="/staff/payments">{payments("desk.link")}</Link> · <Link href="/staff/customers">{desk("link")}</Link> ·{" "}
          <Link href="/staff/bank">{desk("bankLink")}</Link>
        </p>
      )}
      {role === "dispatcher" ? <DispatcherDesk sp={sp} /> : role === "technician" ? <TechnicianDesk sp={sp} /> : <DisputesDesk />}
    </div>
  );
}

async function DispatcherDesk({ sp }: { sp: SearchParams }) {
  const area = (param(sp, "area") ?? "").replace(/\0/g, "").trim().slice(0, 60);
  const kind = oneOf(serviceKinds, param(sp, "kind"));
  const priority = oneOf(Priority.options, param(sp, "priority"));
  const page = pageParam(sp);
  const caller = await api();
  const [queue, outages, t] = await Promise.all([
    orPage(caller.bureau.queue({ area: area || undefined, kind, priority, page, pageSize: PAGE_SIZE })),
    orPage(caller.outages.list({ status: "open" })),
    getTranslations("bureau"),
  ]);
  return (
    <>
      <section aria-labelledby="queue-title" className="stack">
        <h2 id="queue-title">{t("queueTitle")}</h2>
        <p className="muted">{t("queueLead")}</p>
        <QueueFilters area={area} kind={kind} priority={priority} />
        <QueueTable
          id="queue"
          result={queue}
          caption={t("queueCaption")}
          empty={t("queueEmpty")}
          hrefFor={(p) => hrefWith("/staff", { area, kind, priority, page: p })}
        />
      </section>
      <section aria-labelledby="outages-title" className="stack">
        <h2 id="outages-title">{t("outages.title")}</h2>
        <p className="muted">{t("outages.lead")}</p>
        <OutagesPanel outages={outages} />
      </section>
    </>
  );
}

async function TechnicianDesk({ sp }: { sp: SearchParams }) {
  const page = pageParam(sp);
  const caller = await api();
  const [worklist, t] = await Promise.all([orPage(caller.bureau.worklist({ page, pageSize: PAGE_SIZE })), getTranslations("bureau")]);
  return (
    <section aria-labelledby="worklist-title" className="stack">
      <h2 id="worklist-title">{t("worklistTitle")}</h2>
      <p className="muted">{t("worklistLead")}</p>
      <QueueTable
        id="worklist"
        result={worklist}
        caption={t("worklistCaption")}
        empty={t("worklistEmpty")}
        hrefFor={(p) => hrefWith("/staff", { page: p })}
      />
    </section>
  );
}
