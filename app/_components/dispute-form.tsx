"use client";
import { useMutation } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useEffect, useId, useState } from "react";
import { useTRPC } from "~/app/_lib/trpc/client";
import { OpenDisputeInput } from "~/server/modules/disputes/disputes.schemas";
import { FormStatus } from "./form-status";
import { useMutationForm } from "./use-mutation-form";

type Line = { id: string; label: string; amount: string };

/** "Dispute this charge": pick one of the bill's service charges, say why, send. */
export function DisputeForm({ billId, lines }: { billId: string; lines: Line[] }) {
  const t = useTranslations("disputes");
  const router = useRouter();
  const id = useId();
  const [sent, setSent] = useState<string | null>(null);
  const open = useMutation(
    useTRPC().disputes.open.mutationOptions({
      onSuccess: (d) => {
        setSent(d.ticket.number);
        router.refresh();
      },
    }),
  );
  const { form, onSubmit, field, invalid } = useMutationForm({
    id,
    schema: OpenDisputeInput,
    defaultValues: { billLineId: lines[0]?.id ?? "", reason: "" },
    toInput: (v) => ({ billId, billLineId: v.billLineId, reason: v.reason }),
    mutation: open,
    hints: ["reason"],
  });
  // A disputed charge leaves the list when the page refreshes: the choice must not keep pointing at it.
  const { getValues, setValue } = form;
  useEffect(() => {
    if (!lines.some((l) => l.id === getValues("billLineId"))) setValue("billLineId", lines[0]?.id ?? "");
  }, [lines, getValues, setValue]);
  return (
    // The browser's own checks (required, minLength) come first; the schema then catches e.g. a reason of spaces.
    <form className="card stack" aria-labelledby={`${id}-title`} onSubmit={onSubmit}>
      <h3 id={`${id}-title`}>{t("dispute")}</h3>
      <FormStatus announcement={sent ? t("sent", { ticket: sent }) : ""} error={open.error} />
      <label htmlFor={`${id}-billLineId`}>{t("desk.line")}</label>
      <select {...field("billLineId")} required>
        {lines.map((l) => (
          <option key={l.id} value={l.id}>
            {l.label} — {l.amount}
          </option>
        ))}
      </select>
      <label htmlFor={`${id}-reason`}>{t("reason")}</label>
      <textarea {...field("reason")} required minLength={5} maxLength={1000} rows={3} />
      {/* The hint says what a valid reason is, so it is also the message when one is refused. */}
      <p id={`${id}-reason-hint`} className={invalid("reason") ? "field-error" : "muted"}>
        {t("reasonHint")}
      </p>
      <button type="submit" className="btn btn-primary" disabled={open.isPending}>
        {t("send")}
      </button>
    </form>
  );
}
