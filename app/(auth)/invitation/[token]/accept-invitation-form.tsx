"use client";
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { NewPasswordField } from "../../_components/new-password-field";
import { acceptInvitationAction, type AcceptState } from "./actions";
import { InvitationProblem } from "./invitation-problem";

/** A new address: name and password, then signed in. An address with an account (signed in as it): one button. */
export function AcceptInvitationForm({ token, mode, email }: { token: string; mode: "new" | "existing"; email: string }) {
  const t = useTranslations("members.accept");
  const [state, submit, pending] = useActionState<AcceptState, FormData>(acceptInvitationAction, { status: "idle" });
  if (state.status === "used" || state.status === "expired" || state.status === "revoked" || state.status === "unknown") {
    return <InvitationProblem state={state.status} />;
  }
  if (state.status === "sign_in_required") return <p role="alert">{t("wrongAccount", { email })}</p>;
  const badName = state.status === "invalidName";
  const badPassword = state.status === "invalidPassword";
  return (
    <form action={submit} className="stack" noValidate>
      <input type="hidden" name="token" value={token} />
      <input type="hidden" name="mode" value={mode} />
      {mode === "new" && (
        <>
          <div>
            <label htmlFor="invitation-name">{t("name")}</label>
            <input
              id="invitation-name"
              name="name"
              autoComplete="name"
              required
              maxLength={120}
              defaultValue={state.name}
              aria-invalid={badName || undefined}
              aria-describedby={badName ? "invitation-name-error" : undefined}
            />
            {badName && (
              <p id="invitation-name-error" className="field-error" role="alert">
                {t("nameError")}
              </p>
            )}
          </div>
          <NewPasswordField id="invitation-password" label={t("password")} invalid={badPassword} />
        </>
      )}
      <button className="btn" type="submit" disabled={pending} aria-busy={pending}>
        {pending ? t("submitting") : mode === "new" ? t("submit") : t("acceptSignedIn")}
      </button>
    </form>
  );
}
