import { getFormatter, getTranslations } from "next-intl/server";
import Link from "next/link";
import { formatMoney } from "~/app/_components/bill-format";
import { DataTable } from "~/app/_components/data-table";
import { titled } from "~/app/_lib/metadata";
import { api, orPage } from "~/app/_lib/trpc/server";
import { CreditNoteButton } from "./credit-note-button";

export const generateMetadata = titled("customer");

/** A customer as the billing agent sees them: accounts, bills (each with a goodwill credit note), payments, disputes. */
export default async function CustomerAccountPage({ params }: { params: Promise<{ id: string }> }) {
  const caller = await api();
  const { id } = await params;
  const [page, t, bills, format] = await Promise.all([
    orPage(caller.desk.customer({ customerId: id })),
    getTranslations("desk.account"),
    getTranslations("bills"),
    getFormatter(),
  ]);
  const money = (m: { amountMinor: number; currency: string }) => formatMoney(format, m.amountMinor, m.currency);
  const day = (d: Date | string) => format.dateTime(new Date(d), { dateStyle: "medium" });
  const none = <p className="muted">{t("none")}</p>;
  return (
    <div className="stack">
      <p>
        <Link href="/staff/customers">{t("back")}</Link>
      </p>
      <h1>{page.customer.name}</h1>
      <DataTable id="members" caption={t("membersCaption")} headers={[t("person"), t("email"), t("phone"), t("role")]}>
        {page.members.map((m) => (
          <tr key={m.email}>
            <th scope="row">{m.name}</th>
            <td>{m.email}</td>
            <td>{m.phone ?? "—"}</td>
            <td>{m.role}</td>
          </tr>
        ))}
      </DataTable>
      <DataTable id="accounts" caption={t("accountsCaption")} headers={[t("number"), t("name"), { label: t("balance"), className: "num" }]}>
        {page.billingAccounts.map((a) => (
          <tr key={a.id}>
            <th scope="row">{a.number}</th>
            <td>{a.name}</td>
            <td className="num">{money(a.balance)}</td>
          </tr>
        ))}
      </DataTable>
      {page.bills.length === 0 ? (
        none
      ) : (
        <DataTable
          id="customer-bills"
          caption={t("billsCaption")}
          headers={[
            t("bill"),
            t("period"),
            { label: t("total"), className: "num" },
            { label: t("due"), className: "num" },
            t("status"),
            { label: t("credit"), hidden: true },
          ]}
        >
          {page.bills.map((b) => (
            <tr key={b.id}>
              <th scope="row">{b.billNo}</th>
              <td>{b.period}</td>
              <td className="num">{money(b.taxIncludedAmount)}</td>
              <td className="num">{money(b.remainingAmount)}</td>
              <td>{bills(`states.${b.state}`)}</td>
              <td>
                <CreditNoteButton customerId={page.customer.id} bill={{ id: b.id, number: b.billNo, net: b.taxExcludedAmount }} />
              </td>
            </tr>
          ))}
        </DataTable>
      )}
      {page.payments.length === 0 ? (
        none
      ) : (
        <DataTable
          id="customer-payments"
          caption={t("paymentsCaption")}
          headers={[
            t("date"),
            t("bill"),
            t("method"),
            { label: t("amount"), className: "num" },
            { label: t("refunded"), className: "num" },
          ]}
        >
          {page.payments.map((p) => (
            <tr key={p.id}>
              <th scope="row">{day(p.paidAt ?? p.createdAt)}</th>
              <td>{p.bill.number}</td>
              <td>{p.method === "bank_transfer" ? t("bankTransfer") : t("card")}</td>
              <td className="num">{money(p.amount)}</td>
              <td className="num">{money(p.refunded)}</td>
            </tr>
          ))}
        </DataTable>
      )}
      <DataTable
        id="customer-credit-notes"
        caption={t("creditNotesCaption")}
        headers={[t("date"), t("number"), t("reason"), { label: t("amount"), className: "num" }]}
      >
        {page.creditNotes.map((n) => (
          <tr key={n.id}>
            <th scope="row">{day(n.issuedAt)}</th>
            <td>{n.number}</td>
            <td>{n.reason}</td>
            <td className="num">{money(n.taxIncludedAmount)}</td>
          </tr>
        ))}
      </DataTable>
      <DataTable
        id="customer-disputes"
        caption={t("disputesCaption")}
        headers={[t("date"), t("bill"), t("reason"), t("status"), { label: t("amount"), className: "num" }]}
      >
        {page.disputes.map((d) => (
          <tr key={d.id}>
            <th scope="row">{day(d.createdAt)}</th>
            <td>{d.bill.number}</td>
            <td>{d.reason}</td>
            <td>{d.status}</td>
            <td className="num">{money(d.amount)}</td>
          </tr>
        ))}
      </DataTable>
      <DataTable
        id="customer-bank"
        caption={t("bankCaption")}
        headers={[t("date"), t("bill"), t("status"), { label: t("amount"), className: "num" }]}
      >
        {page.bankCredits.map((c) => (
          <tr key={c.id}>
            <th scope="row">{day(c.bookedOn)}</th>
            <td>{c.bill?.number ?? "—"}</td>
            <td>{c.state}</td>
            <td className="num">{money(c.amount)}</td>
          </tr>
        ))}
      </DataTable>
    </div>
  );
}
