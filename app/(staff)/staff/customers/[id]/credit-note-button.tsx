"use client";
import { useMutation } from "@tanstack/react-query";
import { useFormatter, useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useId, useState } from "react";
import { formatMoney } from "~/app/_components/bill-format";
import { ConfirmDialog } from "~/app/_components/confirm-dialog";
import { FormStatus } from "~/app/_components/form-status";
import { parseMajorAmount } from "~/app/_components/pay-bill-form";
import { useTRPC } from "~/app/_lib/trpc/client";

type Props = { customerId: string; bill: { id: string; number: string; net: { amountMinor: number; currency: string } } };

/** A goodwill credit note on one bill: an amount before VAT and a reason, asked for in a confirmation dialog. */
export function CreditNoteButton({ customerId, bill }: Props) {
  const t = useTranslations("desk.account");
  const format = useFormatter();
  const router = useRouter();
  const id = useId();
  const [said, setSaid] = useState("");
  const [invalid, setInvalid] = useState<string | null>(null);
  const issue = useMutation(
    useTRPC().desk.creditNote.mutationOptions({ onSuccess: (note) => (setSaid(t("credited", { number: note.number })), router.refresh()) }),
  );
  const max = formatMoney(format, bill.net.amountMinor, bill.net.currency);
  return (
    <>
      <ConfirmDialog
        trigger={t("credit")}
        triggerLabel={t("creditOf", { bill: bill.number })}
        question={t("creditQuestion")}
        confirmLabel={t("credit")}
        pending={issue.isPending}
        onConfirm={(form) => {
          const netMinor = parseMajorAmount(String(form.get("amount") ?? ""));
          const reason = String(form.get("reason") ?? "").trim();
          if (!(netMinor > 0 && netMinor <= bill.net.amountMinor)) return setInvalid(t("creditInvalid", { max }));
          if (reason.length < 3) return setInvalid(t("creditReasonInvalid"));
          setInvalid(null);
          issue.mutate({ customerId, billId: bill.id, netMinor, reason, requestKey: crypto.randomUUID() });
        }}
      >
        <label htmlFor={`${id}-amount`}>{t("creditAmount", { currency: bill.net.currency, max })}</label>
        <input id={`${id}-amount`} name="amount" inputMode="decimal" autoComplete="off" required />
        <label htmlFor={`${id}-reason`}>{t("creditReason")}</label>
        <input id={`${id}-reason`} name="reason" maxLength={200} autoComplete="off" required />
      </ConfirmDialog>
      <FormStatus announcement={said} error={invalid ?? issue.error} />
    </>
  );
}
