import { getFormatter, getTranslations } from "next-intl/server";
import Link from "next/link";
import { redirect } from "next/navigation";
import { AccountSwitch } from "~/app/_components/account-switch";
import { formatDay, formatMoney } from "~/app/_components/bill-format";
import "~/app/_components/bill.css";
import { DataTable } from "~/app/_components/data-table";
import { EmptyState } from "~/app/_components/empty-state";
import { titled } from "~/app/_lib/metadata";
import { param, type SearchParams } from "~/app/_lib/search-params";
import { api, orPage, orRefused } from "~/app/_lib/trpc/server";
import type { CollectionsView, TimelineEntry } from "~/server/modules/collections/collections.schemas";
import { ArrangementOffer } from "./arrangement-offer";

export const generateMetadata = titled("overdue");

type Texts = Awaited<ReturnType<typeof getTranslations<"collections">>>;
type Format = Awaited<ReturnType<typeof getFormatter>>;

function entryText(t: Texts, format: Format, e: TimelineEntry) {
  switch (e.kind) {
    case "notice":
      return t("entries.notice", { step: e.step, bill: e.billNo ?? "" });
    case "suspension_due":
      return t("entries.suspension_due", { date: formatDay(format, e.on) });
    case "suspended":
    case "restored":
      return t(`entries.${e.kind}`, { services: e.services.join(", ") });
    case "arranged":
      return t("entries.arranged", { count: e.instalments });
    default:
      return t(`entries.${e.kind}`);
  }
}

function Timeline({ view, t, format }: { view: CollectionsView; t: Texts; format: Format }) {
  return (
    <section className="stack" aria-labelledby="timeline-h">
      <h2 id="timeline-h">{t("timeline")}</h2>
      {view.timeline.length === 0 ? (
        <p className="muted">{t("noEvents")}</p>
      ) : (
        <ol className="timeline">
          {view.timeline.map((e, i) => (
            <li key={i}>
              {"at" in e ? (
                <time dateTime={e.at.toISOString()}>{format.dateTime(e.at, { dateStyle: "medium" })}</time>
              ) : (
                <time dateTime={e.on}>{formatDay(format, e.on)}</time>
              )}{" "}
              — {entryText(t, format, e)}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}

function Plan({ plan, t, format }: { plan: NonNullable<CollectionsView["arrangement"]>; t: Texts; format: Format }) {
  const money = (minor: number) => formatMoney(format, minor, plan.currency);
  return (
    <section className="stack card" aria-labelledby="plan-h">
      <h2 id="plan-h">{t("plan.heading")}</h2>
      <p>{t("plan.status", { status: plan.status })}</p>
      {plan.status === "active" && <p>{t("plan.paused")}</p>}
      <p>{t("plan.paid", { paid: money(plan.paidMinor), total: money(plan.totalMinor) })}</p>
      <DataTable
        id="plan-instalments"
        caption={t("plan.caption")}
        headers={[
          t("plan.columns.seq"),
          t("plan.columns.due"),
          { label: t("plan.columns.amount"), className: "num" },
          t("plan.columns.state"),
        ]}
      >
        {plan.instalments.map((i) => (
          <tr key={i.seq}>
            <td>{i.seq}</td>
            <td>{formatDay(format, i.dueDate)}</td>
            <td className="num">{money(i.amountMinor)}</td>
            <td>{t(`plan.states.${i.state}`)}</td>
          </tr>
        ))}
      </DataTable>
      {plan.status === "active" && <p className="hint">{t("plan.howToPay")}</p>}
    </section>
  );
}

export default async function OverduePage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const caller = await api();
  if (caller.actor?.kind === "staff") redirect("/staff");
  const sp = await searchParams;
  const [accounts, t, bills, format] = await Promise.all([
    orRefused(caller.bills.accounts()),
    getTranslations("collections"),
    getTranslations("bills"),
    getFormatter(),
  ]);
  const account = accounts?.find((a) => a.id === param(sp, "account")) ?? accounts?.[0];
  if (!accounts || !account) {
    return (
      <div className="stack">
        <h1>{t("title")}</h1>
        <EmptyState title={accounts ? bills("noAccounts") : bills("forbidden")} />
      </div>
    );
  }
  const [view, offer] = await Promise.all([
    orPage(caller.collections.get({ billingAccountId: account.id })),
    orPage(caller.collections.offer({ billingAccountId: account.id })),
  ]);
  const money = (minor: number) => formatMoney(format, minor, view.currency);
  const features = (barred: string[]) => barred.map((f) => t(`features.${f as "roaming"}`)).join(", ");
  return (
    <div className="stack">
      <p>
        <Link href={accounts.length > 1 ? `/bills?account=${account.id}` : "/bills"}>
          <span aria-hidden="true">← </span>
          {bills("title")}
        </Link>
      </p>
      <h1>{t("title")}</h1>
      <p className="muted">{t("lead")}</p>
      {accounts.length > 1 && (
        <AccountSwitch
          action="/bills/overdue"
          id="overdue-account"
          accounts={accounts}
          current={account.id}
          label={t("account")}
          submitLabel={t("showAccount")}
        />
      )}
      <dl className="summary bill-balance">
        <div className={`summary-item ${view.overdueMinor > 0 ? "summary-attention" : ""}`}>
          <dd>{money(view.overdueMinor)}</dd>
          <dt>
            {t("overdue")} · {view.billingAccount.name} <span className="identifier">{view.billingAccount.number}</span>
          </dt>
        </div>
      </dl>
      {view.heldOutMinor > 0 && <p className="hint">{t("heldOut", { amount: money(view.heldOutMinor) })}</p>}

      {view.suspended.length > 0 && (
        <section className="stack card" role="status" aria-labelledby="limited-h">
          <h2 id="limited-h">{t("limitedNow")}</h2>
          <ul>
            {view.suspended.map((s) => (
              <li key={s.serviceId}>
                <Link href={`/services/${s.serviceId}`}>
                  {t("serviceLimited", { service: s.identifier, features: features(s.barred) })}
                </Link>
              </li>
            ))}
          </ul>
          <p>{t("keeps")}</p>
        </section>
      )}

      {view.bills.length === 0 ? (
        <EmptyState title={t("nothingOverdue")} />
      ) : (
        <DataTable
          id="overdue-bills"
          caption={t("billsCaption")}
          headers={[
            t("columns.bill"),
            t("columns.due"),
            { label: t("columns.daysLate"), className: "num" },
            { label: t("columns.owed"), className: "num" },
            { label: t("columns.disputed"), className: "num" },
            t("columns.plan"),
          ]}
        >
          {view.bills.map((b) => (
            <tr key={b.id}>
              <td>
                <Link href={`/bills/${b.id}`} aria-label={t("pay", { bill: b.billNo })}>
                  {b.billNo}
                </Link>
              </td>
              <td>{formatDay(format, b.paymentDueDate)}</td>
              <td className="num">{b.daysLate}</td>
              <td className="num">{money(b.owedMinor)}</td>
              <td className="num">{b.disputedMinor > 0 ? money(b.disputedMinor) : t("notInPlan")}</td>
              <td>{b.arranged ? t("inPlan") : t("notInPlan")}</td>
            </tr>
          ))}
        </DataTable>
      )}

      {view.arrangement && <Plan plan={view.arrangement} t={t} format={format} />}
      {offer.eligible ? (
        <ArrangementOffer billingAccountId={account.id} offer={offer} />
      ) : (
        offer.reason &&
        offer.reason !== "nothing_overdue" &&
        offer.reason !== "already_arranged" && (
          <p className="hint">{t(`offer.reasons.${offer.reason}`, { minimum: money(offer.minimumMinor) })}</p>
        )
      )}
      <Timeline view={view} t={t} format={format} />
    </div>
  );
}
