"use client";
import { useMutation } from "@tanstack/react-query";
import { useFormatter, useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { ConfirmDialog } from "~/app/_components/confirm-dialog";
import { FieldError, FormStatus } from "~/app/_components/form-status";
import { useMutationForm } from "~/app/_components/use-mutation-form";
import { useTRPC } from "~/app/_lib/trpc/client";
import { AddNoteInput, RateTicketInput, ReopenTicketInput, type TicketView } from "~/server/modules/tickets/tickets.schemas";

/** What the customer may do with the ticket now: the server says which (`ticket.can`). */
export function TicketActions({ ticket }: { ticket: TicketView }) {
  const t = useTranslations("tickets.actions");
  const format = useFormatter();
  const trpc = useTRPC();
  const router = useRouter();
  const [announcement, setAnnouncement] = useState("");
  const options = (message: string, after?: () => void) => ({
    onSuccess: () => {
      setAnnouncement(message);
      after?.();
      router.refresh();
    },
  });
  const addNote = useMutation(trpc.tickets.addNote.mutationOptions(options(t("noteAdded"), () => note.form.reset())));
  const confirm = useMutation(trpc.tickets.confirm.mutationOptions(options(t("confirmed"))));
  const reopen = useMutation(trpc.tickets.reopen.mutationOptions(options(t("reopened"))));
  const rate = useMutation(trpc.tickets.rate.mutationOptions(options(t("rated"))));
  const note = useMutationForm({
    id: "note",
    schema: AddNoteInput,
    defaultValues: { text: "" },
    toInput: (v) => ({ ticketId: ticket.id, text: v.text.trim() }),
    mutation: addNote,
    hints: ["text"],
  });
  const rating = useMutationForm({
    id: "rate",
    schema: RateTicketInput,
    defaultValues: { rating: "", comment: "" },
    toInput: (v) => ({ ticketId: ticket.id, rating: Number(v.rating), comment: v.comment.trim() || undefined }),
    mutation: rate,
  });
  // The reason is typed in the confirmation dialog, which closes on submit: its error shows under the section.
  const reopening = useMutationForm({
    id: "reopen",
    schema: ReopenTicketInput,
    defaultValues: { reason: "" },
    toInput: (v) => ({ ticketId: ticket.id, reason: v.reason.trim() }),
    mutation: reopen,
  });
  const failed = addNote.error ?? confirm.error ?? reopen.error ?? rate.error;
  const { can } = ticket;

  return (
    <div className="stack">
      <FormStatus announcement={announcement} error={failed} />
      <div className="ticket-actions">
        {(can.confirm || can.reopen) && (
          <section className="card stack" aria-labelledby="fix-title">
            <h2 id="fix-title" className="card-title">
              {t("fixTitle")}
            </h2>
            {ticket.reopenUntil && can.reopen && (
              <p className="muted">
                {t("reopenUntil", { time: format.dateTime(ticket.reopenUntil, { dateStyle: "medium", timeStyle: "short" }) })}
              </p>
            )}
            <div className="row">
              {can.confirm && (
                <ConfirmDialog
                  trigger={t("confirm")}
                  triggerClassName="btn"
                  question={t("confirmQuestion")}
                  confirmLabel={t("confirmYes")}
                  pending={confirm.isPending}
                  onConfirm={() => confirm.mutate({ ticketId: ticket.id })}
                />
              )}
              {can.reopen && (
                <ConfirmDialog
                  trigger={t("reopen")}
                  question={t("reopenQuestion")}
                  confirmLabel={t("reopenYes")}
                  pending={reopen.isPending}
                  onConfirm={(form) => reopening.submitValues({ reason: String(form.get("reason") ?? "") })}
                >
                  <div>
                    <label htmlFor="reopen-reason">{t("reopenReason")}</label>
                    <textarea id="reopen-reason" name="reason" rows={3} required maxLength={2000} />
                  </div>
                </ConfirmDialog>
              )}
            </div>
            <FieldError id={reopening.errorId("reason")} show={reopening.invalid("reason")}>
              {t("fieldErrors.reason")}
            </FieldError>
          </section>
        )}
        {can.rate && (
          <form className="card stack" onSubmit={rating.onSubmit} noValidate>
            <fieldset aria-describedby={rating.invalid("rating") ? rating.errorId("rating") : undefined}>
              <legend>{t("rateTitle")}</legend>
              <div className="rating">
                {[1, 2, 3, 4, 5].map((n) => (
                  <label key={n}>
                    <input type="radio" {...rating.form.register("rating")} value={n} required />
                    {t("rateOption", { rating: n })}
                  </label>
                ))}
              </div>
              <FieldError id={rating.errorId("rating")} show={rating.invalid("rating")}>
                {t("fieldErrors.rating")}
              </FieldError>
            </fieldset>
            <div>
              <label htmlFor="rate-comment">{t("rateComment")}</label>
              <textarea {...rating.field("comment")} rows={2} maxLength={1000} />
              <FieldError id={rating.errorId("comment")} show={rating.invalid("comment")}>
                {t("fieldErrors.comment")}
              </FieldError>
            </div>
            <div className="row">
              <button type="submit" className="btn" disabled={rate.isPending} aria-busy={rate.isPending}>
                {t("rateSubmit")}
              </button>
            </div>
          </form>
        )}
        {!can.rate && ticket.rating !== null && (
          <p className="card">
            {t("yourRating", { rating: ticket.rating })}
            {ticket.ratingComment && <span className="muted"> — {ticket.ratingComment}</span>}
          </p>
        )}
        {can.addNote && (
          <form className="card stack" onSubmit={note.onSubmit} noValidate aria-labelledby="note-title">
            <h2 id="note-title" className="card-title">
              {t("noteTitle")}
            </h2>
            <div>
              <label htmlFor="note-text">{t("noteLabel")}</label>
              <textarea {...note.field("text")} rows={3} maxLength={2000} />
              <p id="note-text-hint" className="hint">
                {t("noteHint")}
              </p>
              <FieldError id={note.errorId("text")} show={note.invalid("text")}>
                {t("fieldErrors.text")}
              </FieldError>
            </div>
            <div className="row">
              <button type="submit" className="btn btn-secondary" disabled={addNote.isPending} aria-busy={addNote.isPending}>
                {t("noteSubmit")}
              </button>
            </div>
          </form>
        )}
      </div>
    </div>
  );
}
