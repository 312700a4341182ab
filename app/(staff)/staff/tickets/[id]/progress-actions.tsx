"use client";
import { useMutation } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState, type ComponentPropsWithRef } from "react";
import { FieldError, FormStatus } from "~/app/_components/form-status";
import { useMutationForm } from "~/app/_components/use-mutation-form";
import { useTRPC } from "~/app/_lib/trpc/client";
import { ProgressInput } from "~/server/modules/tickets/tickets.schemas";

type Field = "cause" | "workDone" | "note";
const optional = (s: string | undefined) => s?.trim() || undefined;

/** The technician's steps: on the way, on site, fixed (cause + work done) or a second visit (why). */
export function ProgressActions({ ticketId, isOpen }: { ticketId: string; isOpen: boolean }) {
  const t = useTranslations("bureau.progress");
  const errors = useTranslations("bureau.fieldErrors");
  const trpc = useTRPC();
  const router = useRouter();
  const [open, setOpen] = useState<"fixed" | "second_visit" | null>(null);
  const [announcement, setAnnouncement] = useState("");
  const progress = useMutation(
    trpc.bureau.progress.mutationOptions({
      onSuccess: (_, { step }) => {
        setOpen(null);
        setAnnouncement(t("saved", { step: t(step) }));
        router.refresh();
      },
    }),
  );
  // Two forms over one procedure: the step decides which fields the schema asks for.
  const fixed = useMutationForm({
    id: "progress",
    schema: ProgressInput,
    defaultValues: { cause: "", workDone: "" },
    toInput: (v) => ({ ticketId, step: "fixed" as const, cause: optional(v.cause), workDone: optional(v.workDone) }),
    mutation: progress,
  });
  const secondVisit = useMutationForm({
    id: "progress",
    schema: ProgressInput,
    defaultValues: { note: "" },
    toInput: (v) => ({ ticketId, step: "second_visit" as const, note: optional(v.note) }),
    mutation: progress,
  });
  const send = (step: "on_the_way" | "on_site") => progress.mutate({ ticketId, step });
  type Props = ComponentPropsWithRef<"textarea"> & { id: string };
  const textarea = (name: Field, props: Props, invalid: boolean, label: string, rows: number) => (
    <div>
      <label htmlFor={props.id}>{label}</label>
      <textarea {...props} rows={rows} maxLength={name === "cause" ? 500 : 2000} />
      <FieldError id={`progress-${name}-error`} show={invalid}>
        {errors(name)}
      </FieldError>
    </div>
  );
  const busy = progress.isPending;
  // Stays mounted once the ticket is resolved, so the "Saved: Fixed." announcement is not lost.
  if (!isOpen && !announcement) return null;

  return (
    <section className="card stack" aria-labelledby="progress-title">
      <h2 id="progress-title" className="card-title">
        {t("title")}
      </h2>
      <FormStatus announcement={announcement} error={progress.error} />
      {isOpen && (
        <div className="row">
          <button type="button" className="btn btn-secondary" disabled={busy} onClick={() => send("on_the_way")}>
            {t("on_the_way")}
          </button>
          <button type="button" className="btn btn-secondary" disabled={busy} onClick={() => send("on_site")}>
            {t("on_site")}
          </button>
          <button
            type="button"
            className="btn btn-secondary"
            aria-expanded={open === "fixed"}
            aria-controls={open === "fixed" ? "progress-fixed" : undefined}
            onClick={() => setOpen(open === "fixed" ? null : "fixed")}
          >
            {t("fixed")}
          </button>
          <button
            type="button"
            className="btn btn-secondary"
            aria-expanded={open === "second_visit"}
            aria-controls={open === "second_visit" ? "progress-second-visit" : undefined}
            onClick={() => setOpen(open === "second_visit" ? null : "second_visit")}
          >
            {t("second_visit")}
          </button>
        </div>
      )}
      {isOpen && open === "fixed" && (
        <form id="progress-fixed" className="stack" onSubmit={fixed.onSubmit} noValidate aria-label={t("fixed")}>
          {textarea("cause", fixed.field("cause"), fixed.invalid("cause"), t("cause"), 2)}
          {textarea("workDone", fixed.field("workDone"), fixed.invalid("workDone"), t("workDone"), 3)}
          <div className="row">
            <button type="submit" className="btn" disabled={busy} aria-busy={busy}>
              {t("fixedSubmit")}
            </button>
          </div>
        </form>
      )}
      {isOpen && open === "second_visit" && (
        <form id="progress-second-visit" className="stack" onSubmit={secondVisit.onSubmit} noValidate aria-label={t("second_visit")}>
          {textarea("note", secondVisit.field("note"), secondVisit.invalid("note"), t("note"), 3)}
          <div className="row">
            <button type="submit" className="btn" disabled={busy} aria-busy={busy}>
              {t("secondVisitSubmit")}
            </button>
          </div>
        </form>
      )}
    </section>
  );
}
