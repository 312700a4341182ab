"use client";
import { useMutation } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { ConfirmDialog } from "~/app/_components/confirm-dialog";
import { FormStatus } from "~/app/_components/form-status";
import { useMutationForm } from "~/app/_components/use-mutation-form";
import { useTRPC } from "~/app/_lib/trpc/client";
import { CloseTicketInput } from "~/server/modules/tickets/tickets.schemas";

/** open: the ticket can still be closed; after closing, the card stays for its announcement only. */
type Props = { ticketId: string; number: string; open: boolean; canReject: boolean };

/** Closing without a repair, after a confirmation with the reason the customer will read. */
export function CloseActions({ ticketId, number, open, canReject }: Props) {
  const t = useTranslations("bureau.close");
  const errors = useTranslations("bureau.fieldErrors");
  const trpc = useTRPC();
  const router = useRouter();
  const [announcement, setAnnouncement] = useState("");
  const options = (done: string) => ({
    onSuccess: () => {
      setAnnouncement(done);
      router.refresh();
    },
  });
  const cancel = useMutation(trpc.bureau.cancel.mutationOptions(options(t("cancelled"))));
  const reject = useMutation(trpc.bureau.reject.mutationOptions(options(t("rejected"))));
  // The reason is typed in the confirmation dialog, which closes on submit: a refused reason is told in the alert.
  const closing = (mutation: typeof cancel) => ({
    id: "close",
    schema: CloseTicketInput,
    defaultValues: { reason: "" },
    toInput: (v: { reason: string }) => ({ ticketId, reason: v.reason.trim() }),
    mutation,
  });
  const cancelForm = useMutationForm(closing(cancel));
  const rejectForm = useMutationForm(closing(reject));
  const reasonMissing = cancelForm.invalid("reason") || rejectForm.invalid("reason");
  const pending = cancel.isPending || reject.isPending;

  const submit = (form: typeof cancelForm) => (data: FormData) => {
    // One message at a time: the other action's refusal is no longer news.
    cancelForm.form.clearErrors();
    rejectForm.form.clearErrors();
    void form.submitValues({ reason: String(data.get("reason") ?? "") });
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
      <FormStatus announcement={announcement} error={reasonMissing ? errors("reason") : (cancel.error ?? reject.error)} />
      {open && (
        <div className="row">
          <ConfirmDialog
            trigger={t("cancel")}
            question={t("cancelQuestion", { number })}
            confirmLabel={t("cancelYes")}
            pending={pending}
            onConfirm={submit(cancelForm)}
          >
            {reasonField(`cancel-reason-${ticketId}`)}
          </ConfirmDialog>
          {canReject && (
            <ConfirmDialog
              trigger={t("reject")}
              question={t("rejectQuestion", { number })}
              confirmLabel={t("rejectYes")}
              pending={pending}
              onConfirm={submit(rejectForm)}
            >
              {reasonField(`reject-reason-${ticketId}`)}
            </ConfirmDialog>
          )}
        </div>
      )}
    </section>
  );
}
