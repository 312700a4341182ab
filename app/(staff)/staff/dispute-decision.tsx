"use client";
import { useMutation } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useId, useState } from "react";
import { ConfirmDialog } from "~/app/_components/confirm-dialog";
import { FormStatus } from "~/app/_components/form-status";
import { useTRPC } from "~/app/_lib/trpc/client";

/** Uphold (credit note) or reject one dispute, with the answer the customer will read; confirmed first. */
export function DisputeDecision({ disputeId, bill }: { disputeId: string; bill: string }) {
  const t = useTranslations("disputes.desk");
  const router = useRouter();
  const id = useId();
  const [done, setDone] = useState(false);
  const resolve = useMutation(
    useTRPC().disputes.resolve.mutationOptions({
      onSuccess: () => {
        setDone(true);
        router.refresh();
      },
    }),
  );
  if (done) return <FormStatus announcement={t("done")} />;
  return (
    <div className="stack">
      <FormStatus error={resolve.error} />
      <ConfirmDialog
        trigger={t("decide")}
        triggerClassName="btn btn-secondary"
        triggerLabel={`${t("decide")}: ${bill}`}
        question={t("question", { bill })}
        confirmLabel={t("confirm")}
        pending={resolve.isPending}
        onConfirm={(form) => {
          const credit = String(form.get("credit") ?? "")
            .replace(",", ".")
            .trim();
          resolve.mutate({
            disputeId,
            outcome: form.get("outcome") === "upheld" ? "upheld" : "rejected",
            resolution: String(form.get("resolution") ?? ""),
            ...(credit ? { creditNetMinor: Math.round(Number(credit) * 100) } : {}),
          });
        }}
      >
        <fieldset>
          <legend>{t("outcome")}</legend>
          <label className="row">
            <input type="radio" name="outcome" value="upheld" defaultChecked /> {t("uphold")}
          </label>
          <label className="row">
            <input type="radio" name="outcome" value="rejected" /> {t("reject")}
          </label>
        </fieldset>
        <label htmlFor={`${id}-credit`}>{t("credit")}</label>
        <input id={`${id}-credit`} name="credit" inputMode="decimal" pattern="[0-9]+([.,][0-9]{1,2})?" />
        <label htmlFor={`${id}-resolution`}>{t("resolution")}</label>
        <textarea id={`${id}-resolution`} name="resolution" required minLength={5} maxLength={1000} rows={3} />
      </ConfirmDialog>
    </div>
  );
}
