import { useFormatter, useTranslations } from "next-intl";
import Link from "next/link";
import type { AmountDueView, LatestBillView } from "~/server/modules/dashboard/dashboard.schemas";
import { ReasonSentence } from "./bill-explanation";
import { formatDay, formatMoney, formatPeriod } from "./bill-format";
import "./home.css";

/** What is owed on each billing account, by when (overdue in red), with a Pay action; then the latest bill in one line. */
export function AmountDue({ due, latest }: { due: AmountDueView[]; latest: LatestBillView | null }) {
  const t = useTranslations("home");
  const format = useFormatter();
  return (
    <section aria-labelledby="due-title" className="card stack amount-due">
      <h2 id="due-title">{t("dueTitle")}</h2>
      <ul className="plain-list stack">
        {due.map((d) => {
          const account = `${d.billingAccount.number} ${d.billingAccount.name}`;
          const balance = d.balance.amountMinor;
          if (!d.bill || balance <= 0)
            return (
              <li key={d.billingAccount.id}>
                {balance < 0
                  ? t("inCredit", { amount: formatMoney(format, -balance, d.balance.currency), account })
                  : t("dueNothing", { account })}
              </li>
            );
          return (
            <li key={d.billingAccount.id} className="row due-row">
              <span className="due-amount">{t("dueAmount", { amount: formatMoney(format, balance, d.balance.currency), account })}</span>
              <span className={d.overdue ? "overdue" : "muted"}>
                {d.overdue
                  ? t("overdueSince", { date: formatDay(format, d.bill.dueDate) })
                  : t("dueBy", { date: formatDay(format, d.bill.dueDate) })}
              </span>
              <Link href={`/bills/${d.bill.id}#pay`} className="btn" aria-label={t("payBill", { bill: d.bill.billNo })}>
                {t("pay")}
              </Link>
            </li>
          );
        })}
      </ul>
      {latest && <LatestBill latest={latest} />}
    </section>
  );
}

function LatestBill({ latest }: { latest: LatestBillView }) {
  const t = useTranslations("home");
  const format = useFormatter();
  const currency = latest.total.currency;
  const period = formatPeriod(format, latest.period);
  const diff = latest.difference?.amountMinor ?? 0;
  const compared = latest.previous ? formatPeriod(format, latest.previous.period) : "";
  const amount = formatMoney(format, Math.abs(diff), currency);
  const change = !latest.previous
    ? t("latestFirst")
    : diff > 0
      ? t("latestMore", { amount, period: compared })
      : diff < 0
        ? t("latestLess", { amount, period: compared })
        : t("latestSame", { period: compared });
  return (
    <div className="stack latest-bill">
      <h3 className="card-title">{t("latestTitle")}</h3>
      <p>
        <Link href={`/bills/${latest.id}`}>
          {t("latestTotal", { bill: latest.billNo, period, amount: formatMoney(format, latest.total.amountMinor, currency) })}
        </Link>
      </p>
      <p className="muted">
        {change}
        {latest.reason && (
          <>
            {" "}
            <ReasonSentence reason={latest.reason} currency={currency} />
          </>
        )}
      </p>
    </div>
  );
}
