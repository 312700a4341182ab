"use client";
import { useMutation } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { FieldError, FormStatus } from "~/app/_components/form-status";
import { useMutationForm } from "~/app/_components/use-mutation-form";
import { useTRPC } from "~/app/_lib/trpc/client";
import { StaffNoteInput } from "~/server/modules/tickets/tickets.schemas";

/** A public note to the customer; asking them something pauses the clock (the ticket waits on them). */
export function StaffNoteForm({ ticketId }: { ticketId: string }) {
  const t = useTranslations("bureau.note");
  const errors = useTranslations("bureau.fieldErrors");
  const trpc = useTRPC();
  const router = useRouter();
  const [announcement, setAnnouncement] = useState("");
  const note = useMutation(
    trpc.bureau.note.mutationOptions({
      onSuccess: () => {
        form.reset();
        setAnnouncement(t("added"));
        router.refresh();
      },
    }),
  );
  const { form, onSubmit, field, invalid, errorId } = useMutationForm({
    id: "staff-note",
    schema: StaffNoteInput,
    defaultValues: { text: "", askCustomer: false },
    toInput: (v) => ({ ticketId, text: v.text.trim(), askCustomer: v.askCustomer }),
    mutation: note,
  });
  return (
    <form className="card stack" onSubmit={onSubmit} noValidate aria-labelledby="staff-note-title">
      <h2 id="staff-note-title" className="card-title">
        {t("title")}
      </h2>
      <FormStatus announcement={announcement} error={note.error} />
      <div>
        <label htmlFor="staff-note-text">{t("label")}</label>
        <textarea {...field("text")} rows={3} maxLength={2000} />
        <FieldError id={errorId("text")} show={invalid("text")}>
          {errors("text")}
        </FieldError>
      </div>
      <label className="checkbox-label">
        <input type="checkbox" {...form.register("askCustomer")} />
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
