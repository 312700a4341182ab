"use client";
import { useMutation } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { useErrorText } from "~/app/_components/error-text";
import { useTRPC } from "~/app/_lib/trpc/client";
import type { ProgressStep } from "~/server/modules/tickets/tickets.schemas";

type Field = "cause" | "workDone" | "note";

/** The technician's steps: on the way, on site, fixed (cause + work done) or a second visit (why). */
export function ProgressActions({ ticketId, isOpen }: { ticketId: string; isOpen: boolean }) {
  const t = useTranslations("bureau.progress");
  const errors = useTranslations("bureau.fieldErrors");
  const errorText = useErrorText();
  const trpc = useTRPC();
  const router = useRouter();
  const [open, setOpen] = useState<"fixed" | "second_visit" | null>(null);
  const [invalid, setInvalid] = useState<Field[]>([]);
  const [announcement, setAnnouncement] = useState("");
  const progress = useMutation(
    trpc.bureau.progress.mutationOptions({
      onSuccess: (_, { step }) => {
        setInvalid([]);
        setOpen(null);
        setAnnouncement(t("saved", { step: t(step) }));
        router.refresh();
      },
      onError: (err) => setInvalid((err.data?.fields ?? []).filter((f): f is Field => ["cause", "workDone", "note"].includes(f))),
    }),
  );
  const send = (step: ProgressStep, extra: { cause?: string; workDone?: string; note?: string } = {}) =>
    progress.mutate({ ticketId, step, ...extra });

  function onFixed(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const form = new FormData(e.currentTarget);
    const cause = String(form.get("cause") ?? "").trim();
    const workDone = String(form.get("workDone") ?? "").trim();
    const missing: Field[] = [...(cause ? [] : ["cause" as const]), ...(workDone ? [] : ["workDone" as const])];
    if (missing.length > 0) return setInvalid(missing);
    send("fixed", { cause, workDone });
  }
  function onSecondVisit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    send("second_visit", { note: String(new FormData(e.currentTarget).get("note") ?? "").trim() || undefined });
  }
  const field = (name: Field, label: string, rows: number) => (
    <div>
      <label htmlFor={`progress-${name}`}>{label}</label>
      <textarea
        id={`progress-${name}`}
        name={name}
        rows={rows}
        maxLength={name === "cause" ? 500 : 2000}
        aria-invalid={invalid.includes(name) || undefined}
        aria-describedby={invalid.includes(name) ? `progress-${name}-error` : undefined}
      />
      {invalid.includes(name) && (
        <p id={`progress-${name}-error`} className="field-error">
          {errors(name)}
        </p>
      )}
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
      <p role="status" aria-live="polite" className={announcement ? "alert alert-ok" : "visually-hidden"}>
        {announcement}
      </p>
      {progress.isError && (
        <p role="alert" className="alert alert-error">
          {errorText(progress.error)}
        </p>
      )}
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
        <form id="progress-fixed" className="stack" onSubmit={onFixed} noValidate aria-label={t("fixed")}>
          {field("cause", t("cause"), 2)}
          {field("workDone", t("workDone"), 3)}
          <div className="row">
            <button type="submit" className="btn" disabled={busy} aria-busy={busy}>
              {t("fixedSubmit")}
            </button>
          </div>
        </form>
      )}
      {isOpen && open === "second_visit" && (
        <form id="progress-second-visit" className="stack" onSubmit={onSecondVisit} noValidate aria-label={t("second_visit")}>
          {field("note", t("note"), 3)}
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
