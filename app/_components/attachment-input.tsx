"use client";
import { useTranslations } from "next-intl";
import { attachmentAccept } from "~/server/modules/tickets/attachment-rules";

type Props = { id: string; error: string | null };

/** The file picker with its hint and error; the files are read from the form field "files". */
export function AttachmentInput({ id, error }: Props) {
  const t = useTranslations("tickets.attachments");
  return (
    <div>
      <label htmlFor={id}>{t("label")}</label>
      <input
        id={id}
        name="files"
        type="file"
        multiple
        accept={attachmentAccept}
        aria-invalid={error ? true : undefined}
        aria-describedby={[`${id}-hint`, error ? `${id}-error` : null].filter(Boolean).join(" ")}
      />
      <p id={`${id}-hint`} className="hint">
        {t("hint")}
      </p>
      {error && (
        <p id={`${id}-error`} className="field-error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}

/** The chosen files of a form's picker (an empty picker gives one empty nameless File in some browsers). */
export const chosenFiles = (form: FormData) => form.getAll("files").filter((f): f is File => typeof f !== "string" && f.name !== "");
