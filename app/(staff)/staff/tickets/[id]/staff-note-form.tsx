"use client";
import { useMutation } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { useErrorText } from "~/app/_components/error-text";
import { useTRPC } from "~/app/_lib/trpc/client";

/** A public note to the customer; asking them something pauses the clock (the ticket waits on them). */
export function StaffNoteForm({ ticketId }: { ticketId: string }) {
  const t = useTranslations("bureau.note");
  const errors = useTranslations("bureau.fieldErrors");
  const errorText = useErrorText();
  const trpc = useTRPC();
  const router = useRouter();
  const [invalid, setInvalid] = useState(false);
  const [announcement, setAnnouncement] = useState("");
  const [formKey, setFormKey] = useState(0);
  const note = useMutation(
    trpc.bureau.note.mutationOptions({
      onSuccess: () => {
        setInvalid(false);
        setFormKey((k) => k + 1);
        setAnnouncement(t("added"));
        router.refresh();
      },
      onError: (err) => setInvalid((err.data?.fields ?? []).includes("text")),
    }),
  );
  function onSubmit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const form = new FormData(e.currentTarget);
    const text = String(form.get("text") ?? "").trim();
    if (!text) return setInvalid(true);
    note.mutate({ ticketId, text, askCustomer: form.get("askCustomer") === "on" });
  }
  return (
    <form key={formKey} className="card stack" onSubmit={onSubmit} noValidate aria-labelledby="staff-note-title">
      <h2 id="staff-note-title" className="card-title">
        {t("title")}
      </h2>
      <p role="status" aria-live="polite" className={announcement ? "alert alert-ok" : "visually-hidden"}>
        {announcement}
      </p>
      {note.isError && (
        <p role="alert" className="alert alert-error">
          {errorText(note.error)}
        </p>
      )}
      <div>
        <label htmlFor="staff-note-text">{t("label")}</label>
        <textarea
          id="staff-note-text"
          name="text"
          rows={3}
          maxLength={2000}
          aria-invalid={invalid || undefined}
          aria-describedby={invalid ? "staff-note-text-error" : undefined}
        />
        {invalid && (
          <p id="staff-note-text-error" className="field-error">
            {errors("text")}
          </p>
        )}
      </div>
      <label className="checkbox-label">
        <input type="checkbox" name="askCustomer" />
        {t("askCustomer")}
      </label>
      <div className="row">
        <button type="submit" className="btn btn-secondary" disabled={note.isPending} aria-busy={note.isPending}>
          {t("submit")}
        </button>
      </div>
    </form>
  );
}
