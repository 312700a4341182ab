"use client";
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { LinkProblem } from "../../_components/link-problem";
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
      <div>
        <label htmlFor="reset-password">{t("reset.password")}</label>
        <input
          id="reset-password"
          name="password"
          type="password"
          autoComplete="new-password"
          required
          minLength={12}
          aria-invalid={invalid || undefined}
          aria-describedby={invalid ? "reset-password-hint reset-password-error" : "reset-password-hint"}
        />
        <p id="reset-password-hint" className="hint">
          {t("passwordHint")}
        </p>
        {invalid && (
          <p id="reset-password-error" className="field-error" role="alert">
            {t("passwordError")}
          </p>
        )}
      </div>
      <button className="btn" type="submit" disabled={pending} aria-busy={pending}>
        {pending ? t("reset.submitting") : t("reset.submit")}
      </button>
    </form>
  );
}
