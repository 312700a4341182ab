"use client";
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { signInAction, type SignInState } from "~/app/_lib/actions";

export function SignInForm({ next }: { next?: string }) {
  const t = useTranslations("auth");
  const [state, action, pending] = useActionState<SignInState, FormData>(signInAction, { error: null });
  const message =
    state.error === "throttled" ? t("throttled", { minutes: String(state.minutes ?? 15) }) : state.error ? t(state.error) : null;
  return (
    <form action={action} className="stack" noValidate>
      {message && (
        <div role="alert" className="alert alert-error" id="sign-in-error">
          {message}
        </div>
      )}
      {next && <input type="hidden" name="next" value={next} />}
      <div>
        <label htmlFor="email">{t("email")}</label>
        <input
          id="email"
          name="email"
          type="email"
          autoComplete="username"
          required
          defaultValue={state.email}
          aria-describedby={message ? "sign-in-error" : undefined}
        />
      </div>
      <div>
        <label htmlFor="password">{t("password")}</label>
        <input id="password" name="password" type="password" autoComplete="current-password" required />
      </div>
      <button className="btn" type="submit" disabled={pending} aria-busy={pending}>
        {pending ? t("submitting") : t("submit")}
      </button>
    </form>
  );
}
