"use client";
import { useMutation } from "@tanstack/react-query";
import { useFormatter, useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { ConfirmDialog } from "~/app/_components/confirm-dialog";
import { useErrorText } from "~/app/_components/error-text";
import { useTRPC } from "~/app/_lib/trpc/client";
import type { TicketView } from "~/server/modules/tickets/tickets.schemas";

type Field = "text" | "reason" | "rating" | "comment";

/** What the customer may do with the ticket now: the server says which (`ticket.can`). */
export function TicketActions({ ticket }: { ticket: TicketView }) {
  const t = useTranslations("tickets.actions");
  const format = useFormatter();
  const errorText = useErrorText();
  const trpc = useTRPC();
  const router = useRouter();
  const [announcement, setAnnouncement] = useState("");
  const [invalid, setInvalid] = useState<Field[]>([]);
  const [noteKey, setNoteKey] = useState(0);
  const options = (message: string, after?: () => void) => ({
    onSuccess: () => {
      setInvalid([]);
      setAnnouncement(message);
      after?.();
      router.refresh();
    },
    onError: (err: { data?: { fields?: string[] } | null }) => setInvalid((err.data?.fields ?? []) as Field[]),
  });
  const addNote = useMutation(trpc.tickets.addNote.mutationOptions(options(t("noteAdded"), () => setNoteKey((k) => k + 1))));
  const confirm = useMutation(trpc.tickets.confirm.mutationOptions(options(t("confirmed"))));
  const reopen = useMutation(trpc.tickets.reopen.mutationOptions(options(t("reopened"))));
  const rate = useMutation(trpc.tickets.rate.mutationOptions(options(t("rated"))));
  const failed = addNote.error ?? confirm.error ?? reopen.error ?? rate.error;
  const { can } = ticket;

  function onNote(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const text = String(new FormData(e.currentTarget).get("text") ?? "").trim();
    if (!text) return setInvalid(["text"]);
    addNote.mutate({ ticketId: ticket.id, text });
  }
  function onRate(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const form = new FormData(e.currentTarget);
    const rating = Number(form.get("rating"));
    if (!(rating >= 1 && rating <= 5)) return setInvalid(["rating"]);
    rate.mutate({ ticketId: ticket.id, rating, comment: String(form.get("comment") ?? "").trim() || undefined });
  }
  const error = (field: Field, id: string) =>
    invalid.includes(field) && (
      <p id={id} className="field-error">
        {t(`fieldErrors.${field}`)}
      </p>
    );

  return (
    <div className="stack">
      <p role="status" aria-live="polite" className={announcement ? "alert alert-ok" : "visually-hidden"}>
        {announcement}
      </p>
      {failed && (
        <p role="alert" className="alert alert-error">
          {errorText(failed)}
        </p>
      )}
      <div className="ticket-actions">
        {(can.confirm || can.reopen) && (
          <section className="card stack" aria-labelledby="fix-title">
            <h2 id="fix-title" className="card-title">
              {t("fixTitle")}
            </h2>
            {ticket.reopenUntil && can.reopen && <p className="muted">{t("reopenUntil", { time: format.dateTime(ticket.reopenUntil, { dateStyle: "medium", timeStyle: "short" }) })}</p>}
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
                  onConfirm={(form) => reopen.mutate({ ticketId: ticket.id, reason: String(form.get("reason") ?? "").trim() })}
                >
                  <div>
                    <label htmlFor="reopen-reason">{t("reopenReason")}</label>
                    <textarea id="reopen-reason" name="reason" rows={3} required maxLength={2000} />
                  </div>
                </ConfirmDialog>
              )}
            </div>
            {error("reason", "reopen-reason-error")}
          </section>
        )}
        {can.rate && (
          <form className="card stack" onSubmit={onRate} noValidate>
            <fieldset aria-describedby={invalid.includes("rating") ? "rating-error" : undefined}>
              <legend>{t("rateTitle")}</legend>
              <div className="rating">
                {[1, 2, 3, 4, 5].map((n) => (
                  <label key={n}>
                    <input type="radio" name="rating" value={n} required />
                    {t("rateOption", { rating: n })}
                  </label>
                ))}
              </div>
              {error("rating", "rating-error")}
            </fieldset>
            <div>
              <label htmlFor="rate-comment">{t("rateComment")}</label>
              <textarea id="rate-comment" name="comment" rows={2} maxLength={1000} />
              {error("comment", "rate-comment-error")}
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
          <form key={noteKey} className="card stack" onSubmit={onNote} noValidate aria-labelledby="note-title">
            <h2 id="note-title" className="card-title">
              {t("noteTitle")}
            </h2>
            <div>
              <label htmlFor="note-text">{t("noteLabel")}</label>
              <textarea
                id="note-text"
                name="text"
                rows={3}
                maxLength={2000}
                aria-invalid={invalid.includes("text") || undefined}
                aria-describedby={["note-text-hint", invalid.includes("text") ? "note-text-error" : null].filter(Boolean).join(" ")}
              />
              <p id="note-text-hint" className="hint">
                {t("noteHint")}
              </p>
              {error("text", "note-text-error")}
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
