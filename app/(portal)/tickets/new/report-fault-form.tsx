"use client";
import { useMutation } from "@tanstack/react-query";
import { useFormatter, useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useRef, useState } from "react";
import { AttachmentInput, chosenFiles } from "~/app/_components/attachment-input";
import { precheckFiles, uploadAttachments, useAttachmentErrorText } from "~/app/_components/attachment-upload";
import { FieldError, FormStatus } from "~/app/_components/form-status";
import { useMutationForm } from "~/app/_components/use-mutation-form";
import { useTRPC } from "~/app/_lib/trpc/client";
import { ReportFaultInput, type FaultCategory, type LineTestView } from "~/server/modules/tickets/tickets.schemas";

type Field = "category" | "description" | "visitPreference" | "contactPhone";
const optional = (s: string) => s.trim() || undefined;

/** Step 1: the line self-test (and the known-outage check); step 2: the report itself. */
export function ReportFaultForm({ serviceId, categories }: { serviceId: string; categories: FaultCategory[] }) {
  const t = useTranslations("tickets.report");
  const tickets = useTranslations("tickets");
  const trpc = useTRPC();
  const router = useRouter();
  const attachmentErrorText = useAttachmentErrorText();
  const [filesError, setFilesError] = useState<string | null>(null);
  const formRef = useRef<HTMLFormElement>(null);
  // A ref, not state: the success callback runs before a re-render could pass new state to it.
  const files = useRef<File[]>([]);
  const [uploading, setUploading] = useState(false);
  const lineTest = useMutation(trpc.tickets.lineTest.mutationOptions());
  const report = useMutation(
    trpc.tickets.report.mutationOptions({
      // The files follow the ticket they belong to; the ticket stands even if they are refused.
      onSuccess: async ({ ticket }) => {
        if (files.current.length === 0) return router.push(`/tickets/${ticket.id}`);
        setUploading(true);
        const uploaded = await uploadAttachments(ticket.id, files.current);
        router.push(uploaded.ok ? `/tickets/${ticket.id}` : `/tickets/${ticket.id}?files=failed`);
      },
    }),
  );
  const { onSubmit, field, invalid, errorId } = useMutationForm({
    id: "report",
    schema: ReportFaultInput,
    defaultValues: { category: "", description: "", visitPreference: "", contactPhone: "" },
    toInput: (v) => ({
      serviceId,
      // Only the categories offered for this kind of service; anything else is left for the schema to refuse.
      category: (categories.find((c) => c === v.category) ?? "") as FaultCategory,
      description: v.description.trim(),
      visitPreference: optional(v.visitPreference),
      contactPhone: optional(v.contactPhone),
    }),
    mutation: report,
    hints: ["description", "visitPreference", "contactPhone"],
    beforeMutate: async () => {
      const chosen = chosenFiles(new FormData(formRef.current ?? undefined));
      const problem = chosen.length > 0 ? await precheckFiles(chosen) : null;
      setFilesError(problem && attachmentErrorText(problem));
      if (problem) document.getElementById("report-files")?.focus();
      files.current = chosen;
      return !problem;
    },
  });
  const fieldError = (name: Field) => (
    <FieldError id={errorId(name)} show={invalid(name)}>
      {t(`fieldErrors.${name}`)}
    </FieldError>
  );
  const follow = (outage: NonNullable<LineTestView["outage"]>) =>
    report.mutate({ serviceId, category: categories[0]!, description: t("followText", { title: outage.title }) });

  return (
    <div className="stack">
      <section className="card stack" aria-labelledby="step-1">
        <h2 id="step-1" className="card-title">
          {t("step1")}
        </h2>
        <p className="muted">{t("step1Hint")}</p>
        <div className="row">
          <button
            type="button"
            className="btn btn-secondary"
            disabled={lineTest.isPending}
            aria-busy={lineTest.isPending}
            onClick={() => lineTest.mutate({ serviceId })}
          >
            {lineTest.isPending ? t("testing") : t("test")}
          </button>
        </div>
        {/* The live region holds only the outcome; the button and the measurements follow it. */}
        <LineTestResult result={lineTest.data ?? null} onFollow={follow} following={report.isPending} />
        <FormStatus error={lineTest.error} />
      </section>

      <form ref={formRef} onSubmit={onSubmit} className="card stack" noValidate aria-labelledby="step-2">
        <h2 id="step-2" className="card-title">
          {t("step2")}
        </h2>
        <FormStatus error={report.error} />
        <div>
          <label htmlFor="report-category">{t("category")}</label>
          <select {...field("category")} required>
            <option value="" disabled>
              {t("chooseCategory")}
            </option>
            {categories.map((c) => (
              <option key={c} value={c}>
                {tickets(`categories.${c}`)}
              </option>
            ))}
          </select>
          {fieldError("category")}
        </div>
        <div>
          <label htmlFor="report-description">{t("description")}</label>
          <textarea {...field("description")} rows={5} required minLength={5} maxLength={2000} />
          <p id="report-description-hint" className="hint">
            {t("descriptionHint")}
          </p>
          {fieldError("description")}
        </div>
        <div>
          <label htmlFor="report-visitPreference">{t("visitPreference")}</label>
          <input {...field("visitPreference")} type="text" maxLength={200} />
          <p id="report-visitPreference-hint" className="hint">
            {t("visitPreferenceHint")}
          </p>
          {fieldError("visitPreference")}
        </div>
        <div>
          <label htmlFor="report-contactPhone">{t("contactPhone")}</label>
          <input {...field("contactPhone")} type="tel" autoComplete="tel" maxLength={40} />
          <p id="report-contactPhone-hint" className="hint">
            {t("contactPhoneHint")}
          </p>
          {fieldError("contactPhone")}
        </div>
        <AttachmentInput id="report-files" error={filesError} />
        <div className="row">
          <button type="submit" className="btn" disabled={report.isPending || uploading} aria-busy={report.isPending || uploading}>
            {report.isPending || uploading ? t("submitting") : t("submit")}
          </button>
        </div>
      </form>
    </div>
  );
}

function LineTestResult({
  result,
  onFollow,
  following,
}: {
  result: LineTestView | null;
  onFollow: (o: NonNullable<LineTestView["outage"]>) => void;
  following: boolean;
}) {
  const t = useTranslations("tickets.report");
  const format = useFormatter();
  const when = (d: Date) => format.dateTime(d, { dateStyle: "medium", timeStyle: "short" });
  const outage = result?.outage ?? null;
  const tone = !result
    ? ""
    : result.result === "ok"
      ? "alert alert-ok stack"
      : result.result === "fault"
        ? "alert alert-error stack"
        : "alert outage-alert stack";
  return (
    <div className={tone}>
      <div role="status" aria-live="polite" aria-atomic="true" className="stack">
        {result && (
          <>
            <p>
              <strong>
                {outage
                  ? t("results.outage", { title: outage.title })
                  : t(`results.${result.result === "outage" ? "fault" : result.result}`)}
              </strong>
            </p>
            {outage && <p>{outage.estimatedEnd ? t("outageEnd", { time: when(outage.estimatedEnd) }) : t("outageNoEnd")}</p>}
            <p className="muted">{t("testedAt", { time: when(result.testedAt) })}</p>
          </>
        )}
      </div>
      {outage && (
        <>
          <p className="muted">{t("followHint")}</p>
          <div className="row">
            <button type="button" className="btn" disabled={following} aria-busy={following} onClick={() => onFollow(outage)}>
              {t("followOutage")}
            </button>
          </div>
        </>
      )}
      {result && result.measurements.length > 0 && (
        <dl className="details details-compact">
          {result.measurements.map((m) => (
            <div className="details-row" key={m.name}>
              <dt>
                {t.has(`measurements.${m.name}` as "measurements.signal") ? t(`measurements.${m.name}` as "measurements.signal") : m.name}
              </dt>
              <dd>{m.unit === "bool" ? (m.value ? t("yes") : t("no")) : `${format.number(m.value)} ${m.unit}`}</dd>
            </div>
          ))}
        </dl>
      )}
    </div>
  );
}
