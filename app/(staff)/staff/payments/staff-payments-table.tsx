"use client";
import { useMutation } from "@tanstack/react-query";
import { useFormatter, useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useId, useState } from "react";
import { ConfirmDialog } from "~/app/_components/confirm-dialog";
import { DataTable } from "~/app/_components/data-table";
import { FormStatus } from "~/app/_components/form-status";
import { parseMajorAmount } from "~/app/_components/pay-bill-form";
import { useTRPC } from "~/app/_lib/trpc/client";
import type { StaffPaymentView } from "~/server/modules/payments/staff-payments.schemas";

/** Found payments; a refund asks for confirmation and an amount (empty: all that is left), then refreshes the list. */
export function StaffPaymentsTable({ payments }: { payments: StaffPaymentView[] }) {
  const t = useTranslations("payments");
  const format = useFormatter();
  const router = useRouter();
  const id = useId();
  const [said, setSaid] = useState("");
  const [invalid, setInvalid] = useState<string | null>(null);
  const refund = useMutation(
    useTRPC().payments.refund.mutationOptions({ onSuccess: () => (setSaid(t("desk.refunded")), router.refresh()) }),
  );
  const money = (minor: number, currency: string) => format.number(minor / 100, { style: "currency", currency });
  return (
    <>
      <FormStatus announcement={said} error={invalid ?? refund.error} />
      <DataTable
        id="staff-payments"
        caption={t("caption")}
        headers={[
          t("date"),
          t("desk.customer"),
          t("bill"),
          { label: t("amount"), className: "num" },
          t("status"),
          { label: t("desk.refund"), hidden: true },
        ]}
      >
        {payments.map((p) => {
          const left = p.amount.amountMinor - p.refunded.amountMinor;
          const leftText = money(left, p.amount.currency);
          return (
            <tr key={p.id}>
              <th scope="row" className="nowrap">
                {format.dateTime(p.paidAt ?? p.createdAt, { dateStyle: "medium", timeStyle: "short" })}
              </th>
              <td>{p.customer.name}</td>
              <td>{p.bill.number}</td>
              <td className="num">
                {money(p.amount.amountMinor, p.amount.currency)}
                {p.refunded.amountMinor > 0 && (
                  <>
                    <br />
                    <span className="muted">{t("refunded", { amount: money(p.refunded.amountMinor, p.amount.currency) })}</span>
                  </>
                )}
              </td>
              <td>{t(`states.${p.state}`)}</td>
              <td>
                {left > 0 && (
                  <ConfirmDialog
                    trigger={t("desk.refund")}
                    triggerLabel={t("desk.refundOf", { amount: money(p.amount.amountMinor, p.amount.currency), bill: p.bill.number })}
                    question={t("desk.refundQuestion")}
                    confirmLabel={t("desk.refund")}
                    pending={refund.isPending}
                    onConfirm={(form) => {
                      const text = String(form.get("amount") ?? "").trim();
                      const amountMinor = text ? parseMajorAmount(text) : undefined;
                      if (amountMinor !== undefined && !(amountMinor > 0 && amountMinor <= left)) {
                        setInvalid(t("desk.refundInvalid", { left: leftText }));
                        return;
                      }
                      setInvalid(null);
                      refund.mutate({ paymentId: p.id, amountMinor, requestKey: crypto.randomUUID() });
                    }}
                  >
                    <label htmlFor={`${id}-${p.id}`}>{t("desk.refundAmount", { currency: p.amount.currency, left: leftText })}</label>
                    <input id={`${id}-${p.id}`} name="amount" inputMode="decimal" autoComplete="off" />
                  </ConfirmDialog>
                )}
              </td>
            </tr>
          );
        })}
      </DataTable>
    </>
  );
}
