"use client";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { AttachmentInput, chosenFiles } from "./attachment-input";
import { precheckFiles, uploadAttachments, useAttachmentErrorText } from "./attachment-upload";
import { FormStatus } from "./form-status";

/** Adds photos or PDFs to an existing ticket (customer or staff); the timeline shows them after a refresh. */
export function AttachmentForm({ ticketId }: { ticketId: string }) {
  const t = useTranslations("tickets.attachments");
  const errorText = useAttachmentErrorText();
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [announcement, setAnnouncement] = useState("");
  const [pending, setPending] = useState(false);
  const [formKey, setFormKey] = useState(0);

  async function onSubmit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const files = chosenFiles(new FormData(e.currentTarget));
    setAnnouncement("");
    const problem = await precheckFiles(files);
    if (problem) return setError(errorText(problem));
    setPending(true);
    const result = await uploadAttachments(ticketId, files);
    setPending(false);
    if (!result.ok) return setError(errorText(result.error));
    setError(null);
    setFormKey((k) => k + 1);
    setAnnouncement(t("added", { count: result.count }));
    router.refresh();
  }

  return (
    <form key={formKey} className="card stack" onSubmit={onSubmit} noValidate aria-labelledby={`attach-${ticketId}-title`}>
      <h2 id={`attach-${ticketId}-title`} className="card-title">
        {t("title")}
      </h2>
      <FormStatus announcement={announcement} />
      <AttachmentInput id={`attach-${ticketId}`} error={error} />
      <div className="row">
        <button type="submit" className="btn btn-secondary" disabled={pending} aria-busy={pending}>
          {pending ? t("submitting") : t("submit")}
        </button>
      </div>
    </form>
  );
}
