"use client";
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { LinkProblem } from "../../_components/link-problem";
import { NewPasswordField } from "../../_components/new-password-field";
import { resetPasswordAction, type ResetState } from "../../actions";

export function ResetPasswordForm({ token }: { token: string }) {
  const t = useTranslations("account");
  const [state, submit, pending] = useActionState<ResetState, FormData>(resetPasswordAction, { status: "idle" });
  if (state.status === "used" || state.status === "expired" || state.status === "unknown") {
    return <LinkProblem state={state.status} askAgain="/forgot-password" />;
  }
  const invalid = state.status === "invalidInput";
  return (
    <form action={submit} className="stack" noValidate>
      <input type="hidden" name="token" value={token} />
      <NewPasswordField id="reset-password" label={t("reset.password")} invalid={invalid} />
      <button className="btn" type="submit" disabled={pending} aria-busy={pending}>
        {pending ? t("reset.submitting") : t("reset.submit")}
      </button>
    </form>
  );
}
