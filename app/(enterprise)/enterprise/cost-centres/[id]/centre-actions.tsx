"use client";
import { useMutation } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { ConfirmDialog } from "~/app/_components/confirm-dialog";
import { FieldError, FormStatus } from "~/app/_components/form-status";
import { useMutationForm } from "~/app/_components/use-mutation-form";
import { useTRPC } from "~/app/_lib/trpc/client";
import { RenameCostCentreInput } from "~/server/modules/cost-centres/cost-centres.schemas";

type Centre = { id: string; code: string; name: string; archived: boolean; lineCount: number };

/** Rename the centre; archive it (after a confirmation that says what stays in it) or restore it. */
export function CentreActions({ centre }: { centre: Centre }) {
  const t = useTranslations("costCentres");
  const trpc = useTRPC();
  const router = useRouter();
  const [said, setSaid] = useState("");
  const done = (message: string) => {
    setSaid(message);
    router.refresh();
  };
  const rename = useMutation(
    trpc.costCentres.rename.mutationOptions({
      onMutate: () => setSaid(""),
      onSuccess: (_, input) => done(t("done.renamed", { code: centre.code, name: input.name.trim() })),
    }),
  );
  const archive = useMutation(
    trpc.costCentres.setArchived.mutationOptions({
      onMutate: () => setSaid(""),
      onSuccess: (_, input) => done(t(input.archived ? "done.archived" : "done.restored", { code: centre.code })),
    }),
  );
  const { onSubmit, field, invalid, errorId } = useMutationForm({
    id: "centre-rename",
    schema: RenameCostCentreInput,
    defaultValues: { name: centre.name },
    toInput: (v) => ({ costCentreId: centre.id, name: v.name }),
    mutation: rename,
  });
  const toggle = (archived: boolean) => archive.mutate({ costCentreId: centre.id, archived });
  return (
    <section className="card stack" aria-label={t("detail.rename")}>
      <FormStatus announcement={said} error={rename.error ?? archive.error} />
      <form onSubmit={onSubmit} className="row" noValidate>
        <div>
          <label htmlFor="centre-rename-name">{t("detail.newName")}</label>
          <input {...field("name")} type="text" autoComplete="off" required maxLength={80} />
          <FieldError id={errorId("name")} show={invalid("name")}>
            {t("fieldErrors.name")}
          </FieldError>
        </div>
        <button type="submit" className="btn" disabled={rename.isPending} aria-busy={rename.isPending}>
          {rename.isPending ? t("detail.renaming") : t("detail.rename")}
        </button>
      </form>
      <div className="row">
        {centre.archived ? (
          <button
            type="button"
            className="btn btn-secondary"
            disabled={archive.isPending}
            aria-label={t("detail.restoreOf", { code: centre.code })}
            onClick={() => toggle(false)}
          >
            {t("detail.restore")}
          </button>
        ) : (
          <ConfirmDialog
            trigger={t("detail.archive")}
            triggerLabel={t("detail.archiveOf", { code: centre.code })}
            question={t("detail.archiveQuestion", { code: centre.code, name: centre.name, count: centre.lineCount })}
            confirmLabel={t("detail.archive")}
            pending={archive.isPending}
            onConfirm={() => toggle(true)}
          />
        )}
      </div>
    </section>
  );
}
