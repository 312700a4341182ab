"use client";
import { useMutation } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { FieldError, FormStatus } from "~/app/_components/form-status";
import { useMutationForm } from "~/app/_components/use-mutation-form";
import { useTRPC } from "~/app/_lib/trpc/client";
import { CreateCostCentreInput } from "~/server/modules/cost-centres/cost-centres.schemas";

/** Code and name of a new cost centre; a code the company already has comes back as that field's error. */
export function CreateCostCentreForm() {
  const t = useTranslations("costCentres");
  const trpc = useTRPC();
  const router = useRouter();
  const [said, setSaid] = useState("");
  const create = useMutation(
    trpc.costCentres.create.mutationOptions({
      onMutate: () => setSaid(""),
      onSuccess: (_, input) => {
        setSaid(t("done.created", { code: input.code.trim() }));
        form.reset();
        router.refresh();
      },
    }),
  );
  const { form, onSubmit, field, invalid, errorId } = useMutationForm({
    id: "centre",
    schema: CreateCostCentreInput,
    defaultValues: { code: "", name: "" },
    toInput: (v) => v,
    mutation: create,
    hints: ["code"],
  });
  // The server refuses a well-formed code only when the company has it already.
  const codeTaken = form.formState.errors.code?.type === "server";
  return (
    <section aria-labelledby="centre-create-title" className="card stack">
      <h2 id="centre-create-title">{t("create.title")}</h2>
      <form onSubmit={onSubmit} className="stack" noValidate>
        <FormStatus error={create.error} />
        <div>
          <label htmlFor="centre-code">{t("create.code")}</label>
          <input {...field("code")} type="text" autoComplete="off" required maxLength={20} />
          <p id="centre-code-hint" className="hint">
            {t("create.codeHint")}
          </p>
          <FieldError id={errorId("code")} show={invalid("code")}>
            {codeTaken ? t("fieldErrors.codeTaken") : t("fieldErrors.code")}
          </FieldError>
        </div>
        <div>
          <label htmlFor="centre-name">{t("create.name")}</label>
          <input {...field("name")} type="text" autoComplete="off" required maxLength={80} />
          <FieldError id={errorId("name")} show={invalid("name")}>
            {t("fieldErrors.name")}
          </FieldError>
        </div>
        <p>
          <button type="submit" className="btn" disabled={create.isPending} aria-busy={create.isPending}>
            {create.isPending ? t("create.creating") : t("create.submit")}
          </button>
        </p>
        <FormStatus announcement={said} />
      </form>
    </section>
  );
}
