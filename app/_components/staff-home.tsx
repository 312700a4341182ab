import { useFormatter, useTranslations } from "next-intl";
import Link from "next/link";
import type { StaffHomeView, StaffTicketLink } from "~/server/modules/dashboard/dashboard.schemas";
import { EmptyState } from "./empty-state";
import "./home.css";

/** The staff home: the counts of one's own queue at the top, then the few items to take next, each a link to its page. */
export function StaffHome({ home }: { home: StaffHomeView }) {
  const t = useTranslations("home.staff");
  return (
    <section aria-labelledby="staff-home-title" className="card stack">
      <h2 id="staff-home-title">{t("title")}</h2>
      {home.role === "dispatcher" ? <DispatcherHome home={home} /> : home.role === "technician" ? <TechnicianHome home={home} /> : null}
      {home.role === "billing_agent" && <AgentHome home={home} />}
    </section>
  );
}

type Of<R extends StaffHomeView["role"]> = Extract<StaffHomeView, { role: R }>;

function DispatcherHome({ home }: { home: Of<"dispatcher"> }) {
  const t = useTranslations("home.staff");
  const format = useFormatter();
  const when = (d: Date) => format.dateTime(d, { dateStyle: "medium", timeStyle: "short" });
  return (
    <>
      <ul className="plain-list">
        {(["open", "unassigned", "atRisk", "breached", "waiting"] as const).map((k) => (
          <li key={k}>{t(k, { count: home.counts[k] })}</li>
        ))}
      </ul>
      <h3>{t("nextTitle")}</h3>
      <TicketLinks
        tickets={home.next}
        empty={t("nextEmpty")}
        after={(r) =>
          r.resolution.breached ? t("overdue", { date: when(r.resolution.dueAt) }) : t("due", { date: when(r.resolution.dueAt) })
        }
      />
      <p>
        <Link href="#queue-title">{t("queueLink")}</Link>
      </p>
    </>
  );
}

function TechnicianHome({ home }: { home: Of<"technician"> }) {
  const t = useTranslations("home.staff");
  const format = useFormatter();
  const time = (d: Date) => format.dateTime(d, { timeStyle: "short" });
  return (
    <>
      <ul className="plain-list">
        <li>{t("assigned", { count: home.counts.assigned })}</li>
        <li>{t("todayCount", { count: home.counts.today })}</li>
        <li>{t("breached", { count: home.counts.breached })}</li>
      </ul>
      <h3>{t("todayTitle")}</h3>
      <TicketLinks
        tickets={home.today}
        empty={t("todayEmpty")}
        after={(r) => (r.visit ? t("visit", { from: time(r.visit.from), to: time(r.visit.to) }) : "")}
      />
      <p>
        <Link href="#worklist-title">{t("worklistLink")}</Link>
      </p>
    </>
  );
}

function TicketLinks({ tickets, empty, after }: { tickets: StaffTicketLink[]; empty: string; after: (t: StaffTicketLink) => string }) {
  const t = useTranslations("home.staff");
  const kinds = useTranslations("services.kinds");
  if (tickets.length === 0) return <EmptyState title={empty} />;
  return (
    <ul className="attention-list">
      {tickets.map((r) => (
        <li key={r.id}>
          <Link href={`/staff/tickets/${r.id}`}>{t("ticket", { number: r.number, customer: r.customerName })}</Link>{" "}
          <span className="muted">
            {r.service.label ?? kinds(r.service.kind)} <span className="identifier">{r.service.identifier}</span> · {after(r)}
          </span>
        </li>
      ))}
    </ul>
  );
}

function AgentHome({ home }: { home: Of<"billing_agent"> }) {
  const t = useTranslations("home.staff");
  const format = useFormatter();
  return (
    <>
      <ul className="plain-list">
        <li>
          <Link href="#queue-disputes">{t("disputes", { count: home.counts.disputes })}</Link>
        </li>
        <li>
          <Link href="/staff/bank">{t("credits", { count: home.counts.unmatchedCredits })}</Link>
        </li>
        <li>
          <Link href="/staff/payments">{t("refunds")}</Link>
        </li>
      </ul>
      {home.disputes.length > 0 && (
        <>
          <h3>{t("disputesTitle")}</h3>
          <ul className="attention-list">
            {home.disputes.map((d) => (
              <li key={d.id}>
                <Link href={`#dispute-${d.id}`}>{t("dispute", { bill: d.billNumber, line: d.lineDescription })}</Link>{" "}
                <span className="muted nowrap">
                  {format.number(d.amount.amountMinor / 100, { style: "currency", currency: d.amount.currency })} ·{" "}
                  {format.dateTime(d.createdAt, { dateStyle: "medium" })}
                </span>
              </li>
            ))}
          </ul>
        </>
      )}
    </>
  );
}
