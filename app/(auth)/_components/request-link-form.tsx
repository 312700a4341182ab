"use client";
import { useTranslations } from "next-intl";
import Link from "next/link";
import { useActionState } from "react";
import { requestResetAction, requestSignInLinkAction, type RequestLinkState } from "../actions";

/** Asks for an e-mailed link; the answer is the same whether or not the address has an account. */
export function RequestLinkForm({ purpose }: { purpose: "forgot" | "emailLink" }) {
  const t = useTranslations("account");
  const action = purpose === "forgot" ? requestResetAction : requestSignInLinkAction;
  const [state, submit, pending] = useActionState<RequestLinkState, FormData>(action, { status: "idle", email: "" });
  const problem =
    state.status === "invalidInput"
      ? t("request.invalidInput")
      : state.status === "throttled"
        ? t("request.throttled", { minutes: String(state.minutes ?? 15) })
        : null;
  return (
    <form action={submit} className="stack" noValidate>
      {problem && (
        <div role="alert" className="alert alert-error" id="request-link-error">
          {problem}
        </div>
      )}
      <p role="status" className={state.status === "sent" ? "alert alert-ok" : "visually-hidden"}>
        {state.status === "sent" ? t(`${purpose}.sent`, { email: state.email }) : ""}
      </p>
      <div>
        <label htmlFor="request-email">{t("request.email")}</label>
        <input
          id="request-email"
          name="email"
          type="email"
          autoComplete="username"
          required
          defaultValue={state.email}
          aria-invalid={state.status === "invalidInput" || undefined}
          aria-describedby={problem ? "request-link-error" : undefined}
        />
      </div>
      <button className="btn" type="submit" disabled={pending} aria-busy={pending}>
        {pending ? t("request.submitting") : t(`${purpose}.submit`)}
      </button>
      <p>
        <Link href="/sign-in">{t("backToSignIn")}</Link>
      </p>
    </form>
  );
}
