"use client";
import { useMutation } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useId, useState } from "react";
import { useTRPC } from "~/app/_lib/trpc/client";
import { useErrorText } from "./error-text";

type Line = { id: string; label: string; amount: string };

/** "Dispute this charge": pick one of the bill's service charges, say why, send. */
export function DisputeForm({ billId, lines }: { billId: string; lines: Line[] }) {
  const t = useTranslations("disputes");
  const errorText = useErrorText();
  const router = useRouter();
  const id = useId();
  const [sent, setSent] = useState<string | null>(null);
  const open = useMutation(useTRPC().disputes.open.mutationOptions({
    onSuccess: (d) => { setSent(d.ticket.number); router.refresh(); },
  }));
  return (
    <form
      className="card stack"
      aria-labelledby={`${id}-title`}
      onSubmit={(e) => {
        e.preventDefault();
        const form = new FormData(e.currentTarget);
        open.mutate({ billId, billLineId: String(form.get("line")), reason: String(form.get("reason") ?? "") });
      }}
    >
      <h3 id={`${id}-title`}>{t("dispute")}</h3>
      {sent && <p role="status" className="alert alert-ok">{t("sent", { ticket: sent })}</p>}
      {open.error && <p role="alert" className="alert alert-error">{errorText(open.error)}</p>}
      <label htmlFor={`${id}-line`}>{t("desk.line")}</label>
      <select id={`${id}-line`} name="line" required>
        {lines.map((l) => (
          <option key={l.id} value={l.id}>
            {l.label} — {l.amount}
          </option>
        ))}
      </select>
      <label htmlFor={`${id}-reason`}>{t("reason")}</label>
      <textarea id={`${id}-reason`} name="reason" required minLength={5} maxLength={1000} rows={3} aria-describedby={`${id}-hint`} />
      <p id={`${id}-hint`} className="muted">{t("reasonHint")}</p>
      <button type="submit" className="btn btn-primary" disabled={open.isPending}>
        {t("send")}
      </button>
    </form>
  );
}
