import { TRPCError } from "@trpc/server";
import { getFormatter, getTranslations } from "next-intl/server";
import Form from "next/form";
import { redirect } from "next/navigation";
import { formatDay, formatMoney } from "~/app/_components/bill-format";
import { DataTable } from "~/app/_components/data-table";
import { EmptyState } from "~/app/_components/empty-state";
import { titled } from "~/app/_lib/metadata";
import { hrefWith, param, type SearchParams } from "~/app/_lib/search-params";
import { api, orPage, orRefused } from "~/app/_lib/trpc/server";
import { DomainError } from "~/server/lib/errors";
import { statementRange } from "./range";
import "./statements.css";

export const generateMetadata = titled("statements");

/** A range the router refused: which of our messages says why. */
function rangeError(e: unknown): "order" | "tooLong" | "date" | null {
  if (!(e instanceof TRPCError) || e.code !== "BAD_REQUEST") return null;
  const field = e.cause instanceof DomainError ? e.cause.details.field : undefined;
  return field === "from" ? "order" : field === "to" ? "tooLong" : "date";
}

export default async function StatementsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const caller = await api();
  if (caller.actor?.kind === "staff") redirect("/staff");
  const sp = await searchParams;
  const [t, format] = await Promise.all([getTranslations("statements"), getFormatter()]);
  const accounts = await orRefused(caller.bills.accounts());
  if (!accounts?.length) {
    return (
      <div className="stack">
        <h1>{t("title")}</h1>
        <EmptyState title={accounts ? t("noAccounts") : t("forbidden")} />
      </div>
    );
  }
  const account = accounts.find((a) => a.id === param(sp, "account")) ?? accounts[0]!;
  const range = statementRange(sp, caller.clock.now());
  const [statement, certificate] = await Promise.all([
    // A refused range is the person's typo: say why next to the form instead of a 404.
    caller.statements.get({ billingAccountId: account.id, ...range }).then(
      (s) => ({ ok: true as const, s }),
      (e: unknown) => {
        const error = rangeError(e);
        return error ? { ok: false as const, error } : orPage(Promise.reject(e));
      },
    ),
    orPage(caller.statements.certificate({ billingAccountId: account.id })),
  ]);
  const money = (m: { amountMinor: number; currency: string }) => formatMoney(format, m.amountMinor, m.currency);
  const query = { account: account.id, from: range.from, to: range.to };

  return (
    <div className="stack">
      <h1>{t("title")}</h1>
      <p className="muted">{t("lead")}</p>

      <Form action="/statements" className="filters statement-filters" aria-label={t("form.legend")}>
        <div>
          <label htmlFor="statement-account">{t("form.account")}</label>
          <select id="statement-account" name="account" defaultValue={account.id}>
            {accounts.map((a) => (
              <option key={a.id} value={a.id}>
                {a.name} ({a.number})
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="statement-from">{t("form.from")}</label>
          <input id="statement-from" type="date" name="from" defaultValue={range.from} required />
        </div>
        <div>
          <label htmlFor="statement-to">{t("form.to")}</label>
          <input id="statement-to" type="date" name="to" defaultValue={range.to} required />
        </div>
        <div className="filters-actions">
          <button type="submit" className="btn">
            {t("form.show")}
          </button>
        </div>
      </Form>

      <section className="stack" aria-labelledby="statement-heading">
        <h2 id="statement-heading">{t("statement.heading", { number: account.number })}</h2>
        {!statement.ok ? (
          <p className="alert alert-error" role="alert">
            {t(`errors.${statement.error}`)}
          </p>
        ) : (
          <>
            <p>
              <a href={hrefWith("/api/statements/pdf", query)} className="btn btn-secondary" download>
                {t("statement.download")}
              </a>
            </p>
            {statement.s.entries.length === 0 && <p className="muted">{t("statement.empty")}</p>}
            <div className="statement-table">
              <DataTable
                id="statement"
                caption={t("statement.caption", { from: formatDay(format, range.from), to: formatDay(format, range.to) })}
                headers={[
                  t("statement.date"),
                  t("statement.kind"),
                  t("statement.reference"),
                  t("statement.amount"),
                  t("statement.balance"),
                ]}
              >
                <tr className="statement-balance-row">
                  <td className="nowrap">{formatDay(format, statement.s.from)}</td>
                  <th scope="row" colSpan={3}>
                    {t("statement.opening")}
                  </th>
                  <td className="num">{money(statement.s.openingBalance)}</td>
                </tr>
                {statement.s.entries.map((e, i) => (
                  <tr key={i}>
                    <td className="nowrap">{formatDay(format, e.date)}</td>
                    <th scope="row">{t(`statement.kinds.${e.kind}`)}</th>
                    <td className="identifier">{e.reference}</td>
                    <td className="num">{money(e.amount)}</td>
                    <td className="num">{money(e.balance)}</td>
                  </tr>
                ))}
                <tr className="statement-balance-row">
                  <td className="nowrap">{formatDay(format, statement.s.to)}</td>
                  <th scope="row" colSpan={3}>
                    {t("statement.closing")}
                  </th>
                  <td className="num">{money(statement.s.closingBalance)}</td>
                </tr>
              </DataTable>
            </div>
          </>
        )}
      </section>

      <section className="card stack" aria-labelledby="certificate-heading">
        <h2 id="certificate-heading">{t("certificate.heading")}</h2>
        {certificate.eligible ? (
          <>
            <p>{t("certificate.eligible", { asOf: formatDay(format, certificate.asOf), number: account.number })}</p>
            <p>
              <a href={hrefWith("/api/statements/certificate.pdf", { account: account.id })} className="btn" download>
                {t("certificate.download")}
              </a>
            </p>
          </>
        ) : (
          <p>{t(`certificate.reasons.${certificate.reason ?? "balance"}`, { balance: money(certificate.balance) })}</p>
        )}
      </section>
    </div>
  );
}
