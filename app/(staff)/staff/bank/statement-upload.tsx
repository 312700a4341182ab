"use client";
import { useMutation } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useId, useState } from "react";
import { FormStatus } from "~/app/_components/form-status";
import { useTRPC } from "~/app/_lib/trpc/client";
import type { ImportResult } from "~/server/modules/payments/bank-statement/bank.schemas";

/** Upload of a statement file (read in the browser as text); the outcome, or each entry's error, is announced. */
export function StatementUpload() {
  const t = useTranslations("desk.bank");
  const router = useRouter();
  const id = useId();
  const [result, setResult] = useState<ImportResult | null>(null);
  const upload = useMutation(useTRPC().bank.import.mutationOptions({ onSuccess: (r) => (setResult(r), router.refresh()) }));
  const s = result?.summary;
  return (
    <form
      className="stack"
      onSubmit={async (event) => {
        event.preventDefault();
        const file = new FormData(event.currentTarget).get("statement");
        if (!(file instanceof File) || file.size === 0) return;
        setResult(null);
        upload.mutate({ fileName: file.name, content: await file.text() });
      }}
    >
      <label htmlFor={`${id}-file`}>{t("file")}</label>
      <input id={`${id}-file`} name="statement" type="file" accept=".xml,.csv,text/xml,application/xml,text/csv" required />
      <p>
        <button type="submit" className="btn btn-primary" disabled={upload.isPending}>
          {upload.isPending ? t("importing") : t("import")}
        </button>
      </p>
      <FormStatus announcement={s ? t("imported", s) : ""} error={upload.error} />
      {result && result.errors.length > 0 && (
        <div role="alert" className="alert alert-error">
          <p>{t("rejected")}</p>
          <ul>
            {result.errors.map((e, i) => (
              <li key={i}>
                {e.entry === 0 ? t("wholeFile") : t("entry", { entry: e.entry })}: {t(`errors.${e.code}`, { field: e.field ?? "" })}
              </li>
            ))}
          </ul>
        </div>
      )}
    </form>
  );
}
