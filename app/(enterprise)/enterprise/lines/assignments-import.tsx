"use client";
import { useMutation } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { DataTable } from "~/app/_components/data-table";
import { FormStatus } from "~/app/_components/form-status";
import { useTRPC } from "~/app/_lib/trpc/client";
import { MAX_IMPORT_BYTES, type ImportView } from "~/server/modules/company-lines/company-lines.schemas";

/** A CSV of assignments: checked first (every row, with its problems), applied only when every row is right. */
export function AssignmentsImport() {
  const t = useTranslations("companyLines.import");
  const trpc = useTRPC();
  const router = useRouter();
  const [csv, setCsv] = useState<string | null>(null);
  const [preview, setPreview] = useState<ImportView | null>(null);
  const [said, setSaid] = useState("");
  const [problem, setProblem] = useState<string | null>(null);
  const check = useMutation(trpc.companyLines.previewImport.mutationOptions());
  const apply = useMutation(trpc.companyLines.applyImport.mutationOptions());
  const bad = preview?.rows.filter((r) => r.problems.length > 0).length ?? 0;

  const onCheck = async (e: React.FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    setSaid("");
    const file = (new FormData(e.currentTarget).get("file") as File | null) ?? null;
    if (!file || file.size === 0) return;
    if (file.size > MAX_IMPORT_BYTES) return setProblem(t("tooBig"));
    setProblem(null);
    const text = await file.text();
    setCsv(text);
    check.mutate({ csv: text }, { onSuccess: setPreview });
  };
  const onApply = () =>
    csv &&
    apply.mutate(
      { csv },
      {
        onSuccess: (result) => {
          setSaid(t("applied", { count: result.changed }));
          setPreview(null);
          setCsv(null);
          router.refresh();
        },
      },
    );

  const summary = !preview
    ? ""
    : preview.fileProblem
      ? t("fileProblem", { problem: t(`problem.${preview.fileProblem}`) })
      : bad > 0
        ? t("hasProblems", { count: bad })
        : t("ready", { count: preview.changed });
  return (
    <section aria-labelledby="import-title" className="card stack">
      <h2 id="import-title">{t("title")}</h2>
      <p className="muted">{t("lead")}</p>
      <form className="row" onSubmit={onCheck}>
        <div>
          <label htmlFor="import-file">{t("file")}</label>
          <input id="import-file" name="file" type="file" accept=".csv,text/csv" required onChange={() => setPreview(null)} />
        </div>
        <button type="submit" className="btn btn-secondary" disabled={check.isPending} aria-busy={check.isPending}>
          {check.isPending ? t("checking") : t("check")}
        </button>
      </form>
      <FormStatus announcement={said || summary} error={problem ?? check.error ?? apply.error} />
      {preview && preview.rows.length > 0 && (
        <DataTable id="import-rows" caption={t("caption")} headers={[t("row"), t("identifier"), t("problems")]}>
          {preview.rows.map((r) => (
            <tr key={r.line}>
              <td>{r.line}</td>
              <th scope="row">{r.identifier || "—"}</th>
              <td>{r.problems.length ? r.problems.map((p) => t(`problem.${p}`)).join("; ") : r.changes ? t("ok") : t("noChange")}</td>
            </tr>
          ))}
        </DataTable>
      )}
      {preview && !preview.fileProblem && bad === 0 && preview.changed > 0 && (
        <p>
          <button type="button" className="btn" onClick={onApply} disabled={apply.isPending} aria-busy={apply.isPending}>
            {t("apply")}
          </button>
        </p>
      )}
    </section>
  );
}
