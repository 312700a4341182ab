import { useFormatter, useTranslations } from "next-intl";
import Link from "next/link";
import { cardBrandName, hasReceipt } from "~/server/modules/payments/payment-rules";
import type { PaymentView } from "~/server/modules/payments/payments.schemas";
import { formatMoney } from "./bill-format";
import { DataTable } from "./data-table";

const stateClass: Record<PaymentView["state"], string> = {
  processing: "",
  succeeded: "status-active",
  partially_refunded: "",
  refunded: "",
  cancelled: "muted",
};

/** Card payments, newest first: when, how much, which card and bill, and a receipt for each one that was paid. */
export function PaymentsTable({ id, payments, showBill = true }: { id: string; payments: PaymentView[]; showBill?: boolean }) {
  const t = useTranslations("payments");
  const format = useFormatter();
  const money = (m: { amountMinor: number; currency: string }) => formatMoney(format, m.amountMinor, m.currency);
  const headers = [t("date"), t("amount"), t("card"), ...(showBill ? [t("bill")] : []), t("status"), t("receipt")];
  return (
    <DataTable id={id} caption={t("caption")} headers={headers.map((h, i) => (i === 1 ? { label: h, className: "num" } : h))}>
      {payments.map((p) => {
        return (
          <tr key={p.id}>
            <th scope="row" className="nowrap">
              {format.dateTime(p.paidAt ?? p.createdAt, { dateStyle: "medium", timeStyle: "short" })}
            </th>
            <td className="num">
              {money(p.amount)}
              {p.refunded.amountMinor > 0 && (
                <>
                  <br />
                  <span className="muted">{t("refunded", { amount: money(p.refunded) })}</span>
                </>
              )}
            </td>
            <td>
              {p.card
                ? t("cardOf", { brand: cardBrandName(p.card.brand), last4: p.card.last4 })
                : p.method === "bank_transfer"
                  ? t("bankTransfer")
                  : "—"}
            </td>
            {showBill && (
              <td>
                <Link href={`/bills/${p.bill.id}`}>{p.bill.number}</Link>
              </td>
            )}
            <td>
              <span className={`badge ${stateClass[p.state]}`}>{t(`states.${p.state}`)}</span>
            </td>
            <td>
              {hasReceipt(p) ? (
                <a href={`/api/payments/${p.id}/receipt`} download>
                  {t("receiptPdf.title")}
                  {/* Rows of one table would all read "Payment receipt": date and amount tell them apart. */}
                  <span className="visually-hidden">{` ${format.dateTime(p.paidAt, { dateStyle: "medium" })}, ${money(p.amount)}`}</span>
                </a>
              ) : (
                "—"
              )}
            </td>
          </tr>
        );
      })}
    </DataTable>
  );
}
