"use client";
import { useMutation } from "@tanstack/react-query";
import { useFormatter, useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useId, useState } from "react";
import { formatMoney } from "~/app/_components/bill-format";
import { ConfirmDialog } from "~/app/_components/confirm-dialog";
import { DataTable } from "~/app/_components/data-table";
import { FormStatus } from "~/app/_components/form-status";
import { useTRPC } from "~/app/_lib/trpc/client";
import type { BankCreditView } from "~/server/modules/payments/bank-statement/bank.schemas";

/** Credits waiting for a bill: each assigned to a bill by its number, or returned to the payer, after confirmation. */
export function BankCreditsTable({ credits }: { credits: BankCreditView[] }) {
  const t = useTranslations("desk.bank");
  const format = useFormatter();
  const router = useRouter();
  const id = useId();
  const trpc = useTRPC();
  const [said, setSaid] = useState("");
  const assign = useMutation(
    trpc.bank.assign.mutationOptions({ onSuccess: (c) => (setSaid(t("assigned", { bill: c.bill?.number ?? "" })), router.refresh()) }),
  );
  const giveBack = useMutation(trpc.bank.return.mutationOptions({ onSuccess: () => (setSaid(t("returned")), router.refresh()) }));
  const pending = assign.isPending || giveBack.isPending;
  return (
    <>
      <FormStatus announcement={said} error={assign.error ?? giveBack.error} />
      <DataTable
        id="bank-credits"
        caption={t("waitingCaption")}
        headers={[
          t("booked"),
          t("payer"),
          { label: t("symbol"), className: "num" },
          t("message"),
          t("why"),
          { label: t("assign"), hidden: true },
        ]}
      >
        {credits.map((c) => {
          const amount = formatMoney(format, c.amount.amountMinor, c.amount.currency);
          const payer = c.payerName ?? t("unknownPayer");
          return (
            <tr key={c.id}>
              <th scope="row" className="nowrap">
                {format.dateTime(new Date(c.bookedOn), { dateStyle: "medium" })}
                <br />
                <strong>{amount}</strong>
              </th>
              <td>{payer}</td>
              <td className="num">{c.variableSymbol ?? "—"}</td>
              <td>{c.message ?? "—"}</td>
              <td>{c.reason ? t(`reasons.${c.reason}`) : "—"}</td>
              <td className="stack">
                <ConfirmDialog
                  trigger={t("assign")}
                  triggerLabel={t("assignOf", { amount, payer })}
                  question={t("assignQuestion")}
                  confirmLabel={t("assign")}
                  pending={pending}
                  onConfirm={(form) => assign.mutate({ creditId: c.id, billNumber: String(form.get("billNumber") ?? "").trim() })}
                >
                  <label htmlFor={`${id}-${c.id}`}>{t("billNumber")}</label>
                  <input
                    id={`${id}-${c.id}`}
                    name="billNumber"
                    defaultValue={c.bill?.number ?? ""}
                    autoComplete="off"
                    required
                    minLength={3}
                  />
                </ConfirmDialog>
                <ConfirmDialog
                  trigger={t("returnIt")}
                  triggerLabel={t("returnOf", { amount, payer })}
                  question={t("returnQuestion")}
                  confirmLabel={t("returnIt")}
                  pending={pending}
                  onConfirm={() => giveBack.mutate({ creditId: c.id })}
                />
              </td>
            </tr>
          );
        })}
      </DataTable>
    </>
  );
}
