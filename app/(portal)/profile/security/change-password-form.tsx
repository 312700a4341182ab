"use client";
import { useMutation } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { FieldError, FormStatus } from "~/app/_components/form-status";
import { useMutationForm } from "~/app/_components/use-mutation-form";
import { useTRPC } from "~/app/_lib/trpc/client";
import { ChangePasswordInput } from "~/server/modules/identity/identity.schemas";
import { renewSessionAction } from "./actions";

export function ChangePasswordForm({ email }: { email: string }) {
  const t = useTranslations("account");
  const trpc = useTRPC();
  const [changed, setChanged] = useState(false);
  const change = useMutation(
    trpc.security.changePassword.mutationOptions({
      onMutate: () => setChanged(false),
      onSuccess: async (_, input) => {
        await renewSessionAction(email, input.newPassword); // the change signed every session out, this one too
        form.reset();
        setChanged(true);
      },
    }),
  );
  const { onSubmit, field, invalid, errorId, form } = useMutationForm({
    id: "password",
    schema: ChangePasswordInput,
    defaultValues: { currentPassword: "", newPassword: "" },
    toInput: (v) => v,
    mutation: change,
    hints: ["newPassword"],
  });
  const fieldError = change.error?.data?.code === "BAD_REQUEST" ? null : change.error;
  return (
    <form onSubmit={onSubmit} className="card stack" noValidate aria-labelledby="change-password-title">
      <h2 id="change-password-title">{t("security.changeTitle")}</h2>
      <FormStatus error={fieldError} />
      <input type="email" name="username" autoComplete="username" value={email} readOnly hidden />
      <div>
        <label htmlFor="password-currentPassword">{t("security.current")}</label>
        <input {...field("currentPassword")} type="password" autoComplete="current-password" required />
        <FieldError id={errorId("currentPassword")} show={invalid("currentPassword")}>
          {t("security.currentError")}
        </FieldError>
      </div>
      <div>
        <label htmlFor="password-newPassword">{t("security.newPassword")}</label>
        <input {...field("newPassword")} type="password" autoComplete="new-password" required />
        <p id="password-newPassword-hint" className="hint">
          {t("passwordHint")}
        </p>
        <FieldError id={errorId("newPassword")} show={invalid("newPassword")}>
          {t("passwordError")}
        </FieldError>
      </div>
      <div className="row">
        <button type="submit" className="btn" disabled={change.isPending} aria-busy={change.isPending}>
          {change.isPending ? t("security.changing") : t("security.change")}
        </button>
      </div>
      <FormStatus announcement={changed ? t("security.changed") : ""} />
    </form>
  );
}
