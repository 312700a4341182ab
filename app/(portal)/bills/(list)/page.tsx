import { getFormatter, getTranslations } from "next-intl/server";
import Form from "next/form";
import Link from "next/link";
import { redirect } from "next/navigation";
import { AccountSwitch } from "~/app/_components/account-switch";
import { formatDay, formatMoney, formatPeriod } from "~/app/_components/bill-format";
import { BillStateBadge } from "~/app/_components/bill-state-badge";
import "~/app/_components/bill.css";
import { DataTable } from "~/app/_components/data-table";
import { EmptyState } from "~/app/_components/empty-state";
import { Pagination } from "~/app/_components/pagination";
import { titled } from "~/app/_lib/metadata";
import { hrefWith, oneOf, pageParam, param, type SearchParams } from "~/app/_lib/search-params";
import { api, orPage, orRefused } from "~/app/_lib/trpc/server";
import { cardPaymentsMode } from "~/server/container";
import { billStates } from "~/server/modules/bills/bills.schemas";

const PAGE_SIZE = 12;
const periodParam = (sp: SearchParams, key: string) => {
  const v = param(sp, key);
  return v && /^\d{4}-(0[1-9]|1[0-2])$/.test(v) ? v : undefined;
};

export const generateMetadata = titled("bills");

export default async function BillsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const caller = await api();
  if (caller.actor?.kind === "staff") redirect("/staff");
  const sp = await searchParams;
  const [accounts, t, format] = await Promise.all([orRefused(caller.bills.accounts()), getTranslations("bills"), getFormatter()]);
  const account = accounts?.find((a) => a.id === param(sp, "account")) ?? accounts?.[0];
  if (!accounts || !account) {
    return (
      <div className="stack">
        <h1>{t("title")}</h1>
        <EmptyState title={accounts ? t("noAccounts") : t("forbidden")} />
      </div>
    );
  }
  const filters = { state: oneOf(billStates, param(sp, "state")), periodFrom: periodParam(sp, "from"), periodTo: periodParam(sp, "to") };
  const page = pageParam(sp);
  const [result, overdue, collections] = await Promise.all([
    orPage(caller.bills.list({ billingAccountId: account.id, ...filters, page, pageSize: PAGE_SIZE })),
    orPage(caller.bills.list({ billingAccountId: account.id, state: "overdue", page: 1, pageSize: 1 })),
    getTranslations("collections"),
  ]);
  const query = {
    account: accounts.length > 1 ? account.id : undefined,
    state: filters.state,
    from: filters.periodFrom,
    to: filters.periodTo,
  };
  const filtered = Boolean(filters.state || filters.periodFrom || filters.periodTo);
  const money = (m: { amountMinor: number; currency: string }) => formatMoney(format, m.amountMinor, m.currency);
  const pay = await getTranslations("payments");
  const cardsOn = cardPaymentsMode() !== "off";

  return (
    <div className="stack">
      <h1>{t("title")}</h1>
      <p className="muted">{t("lead")}</p>
      <p>
        <Link href="/statements">{t("detail.statements")}</Link>
      </p>
      {accounts.length > 1 && (
        <AccountSwitch
          action="/bills"
          id="bill-account"
          accounts={accounts}
          current={account.id}
          label={t("account")}
          submitLabel={t("showAccount")}
        />
      )}
      <dl className="summary bill-balance">
        <div className={`summary-item ${account.balance.amountMinor > 0 ? "summary-attention" : ""}`}>
          <dd>{money(account.balance)}</dd>
          <dt>
            {account.balance.amountMinor < 0 ? t("inCredit") : t("balance")} · {account.name}{" "}
            <span className="identifier">{account.number}</span>
          </dt>
        </div>
      </dl>
      <p className="hint">{t("balanceHint")}</p>
      {overdue.total > 0 && (
        <p className="alert alert-error">
          {collections("overdueCount", { count: overdue.total })}{" "}
          <Link href={hrefWith("/bills/overdue", { account: query.account })}>{collections("link")}</Link>
        </p>
      )}

      <Form action="/bills" className="filters bill-filters" aria-label={t("filters.label")}>
        {accounts.length > 1 && <input type="hidden" name="account" value={account.id} />}
        <div>
          <label htmlFor="bill-state">{t("filters.state")}</label>
          <select id="bill-state" name="state" defaultValue={filters.state ?? ""}>
            <option value="">{t("filters.allStates")}</option>
            {billStates.map((s) => (
              <option key={s} value={s}>
                {t(`states.${s}`)}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="bill-from">{t("filters.from")}</label>
          <input
            id="bill-from"
            type="month"
            name="from"
            defaultValue={filters.periodFrom ?? ""}
            pattern="\d{4}-\d{2}"
            aria-describedby="bill-period-hint"
          />
        </div>
        <div>
          <label htmlFor="bill-to">{t("filters.to")}</label>
          <input
            id="bill-to"
            type="month"
            name="to"
            defaultValue={filters.periodTo ?? ""}
            pattern="\d{4}-\d{2}"
            aria-describedby="bill-period-hint"
          />
          <p id="bill-period-hint" className="hint">
            {t("filters.periodHint")}
          </p>
        </div>
        <div className="filters-actions row">
          <button type="submit" className="btn">
            {t("filters.submit")}
          </button>
          {filtered && <Link href={hrefWith("/bills", { account: query.account })}>{t("filters.clear")}</Link>}
        </div>
      </Form>

      {result.items.length === 0 ? (
        <EmptyState title={filtered ? t("emptyFiltered") : t("empty")} hint={filtered ? undefined : t("emptyHint")} />
      ) : (
        <DataTable
          id="bills"
          caption={t("caption", { account: `${account.name} (${account.number})` })}
          headers={[t("period"), t("number"), t("issued"), t("due"), t("total"), t("amountDue"), t("status")]}
        >
          {result.items.map((b) => (
            <tr key={b.id}>
              <td className="nowrap">{formatPeriod(format, b.period)}</td>
              <th scope="row">
                <Link href={`/bills/${b.id}`} className="nowrap">
                  {b.billNo}
                </Link>
              </th>
              <td className="nowrap">{formatDay(format, b.billDate)}</td>
              <td className="nowrap">{formatDay(format, b.paymentDueDate)}</td>
              <td className="num">{money(b.taxIncludedAmount)}</td>
              <td className="num">
                {money(b.remainingAmount)}
                {cardsOn && b.remainingAmount.amountMinor > 0 && (
                  <>
                    {" "}
                    <Link href={`/bills/${b.id}#pay`} className="nowrap" aria-label={pay("payBill", { number: b.billNo })}>
                      {pay("pay")}
                    </Link>
                  </>
                )}
              </td>
              <td>
                <BillStateBadge state={b.state} />
              </td>
            </tr>
          ))}
        </DataTable>
      )}
      <Pagination page={result.page} pageCount={result.pageCount} hrefFor={(p) => hrefWith("/bills", { ...query, page: p })} />
    </div>
  );
}
