"use client";
import { useMutation } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { ConfirmDialog } from "~/app/_components/confirm-dialog";
import { useErrorText } from "~/app/_components/error-text";
import { useTRPC } from "~/app/_lib/trpc/client";

/** open: the ticket can still be closed; after closing, the card stays for its announcement only. */
type Props = { ticketId: string; number: string; open: boolean; canReject: boolean };

/** Closing without a repair, after a confirmation with the reason the customer will read. */
export function CloseActions({ ticketId, number, open, canReject }: Props) {
  const t = useTranslations("bureau.close");
  const errors = useTranslations("bureau.fieldErrors");
  const errorText = useErrorText();
  const trpc = useTRPC();
  const router = useRouter();
  const [announcement, setAnnouncement] = useState("");
  const [reasonMissing, setReasonMissing] = useState(false);
  const options = (done: string) => ({
    onSuccess: () => {
      setReasonMissing(false);
      setAnnouncement(done);
      router.refresh();
    },
    onError: (err: { data?: { fields?: string[] } | null }) => setReasonMissing((err.data?.fields ?? []).includes("reason")),
  });
  const cancel = useMutation(trpc.bureau.cancel.mutationOptions(options(t("cancelled"))));
  const reject = useMutation(trpc.bureau.reject.mutationOptions(options(t("rejected"))));
  const failed = cancel.error ?? reject.error;
  const pending = cancel.isPending || reject.isPending;

  const submit = (action: typeof cancel) => (form: FormData) => {
    const reason = String(form.get("reason") ?? "").trim();
    if (!reason) return setReasonMissing(true);
    action.mutate({ ticketId, reason });
  };
  const reasonField = (id: string) => (
    <div>
      <label htmlFor={id}>{t("reason")}</label>
      <textarea id={id} name="reason" rows={3} maxLength={500} />
    </div>
  );

  if (!open && !announcement) return null;
  return (
    <section className="card stack" aria-labelledby="close-title">
      <h2 id="close-title" className="card-title">
        {t("title")}
      </h2>
      <p role="status" aria-live="polite" className={announcement ? "alert alert-ok" : "visually-hidden"}>
        {announcement}
      </p>
      {reasonMissing && (
        <p role="alert" className="alert alert-error">
          {errors("reason")}
        </p>
      )}
      {failed && !reasonMissing && (
        <p role="alert" className="alert alert-error">
          {errorText(failed)}
        </p>
      )}
      {open && (
        <div className="row">
          <ConfirmDialog trigger={t("cancel")} question={t("cancelQuestion", { number })} confirmLabel={t("cancelYes")} pending={pending} onConfirm={submit(cancel)}>
            {reasonField(`cancel-reason-${ticketId}`)}
          </ConfirmDialog>
          {canReject && (
            <ConfirmDialog trigger={t("reject")} question={t("rejectQuestion", { number })} confirmLabel={t("rejectYes")} pending={pending} onConfirm={submit(reject)}>
              {reasonField(`reject-reason-${ticketId}`)}
            </ConfirmDialog>
          )}
        </div>
      )}
    </section>
  );
}
