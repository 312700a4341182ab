"use client";
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { LinkProblem } from "../../../_components/link-problem";
import { signInWithLinkAction, type LinkSignInState } from "../../../actions";

export function LinkSignInForm({ token }: { token: string }) {
  const t = useTranslations("account");
  const [state, submit, pending] = useActionState<LinkSignInState, FormData>(signInWithLinkAction, { status: "idle" });
  if (state.status !== "idle") {
    return <LinkProblem state={state.status} askAgain="/sign-in/email" />;
  }
  return (
    <form action={submit} className="stack">
      <input type="hidden" name="token" value={token} />
      <button className="btn" type="submit" disabled={pending} aria-busy={pending}>
        {pending ? t("emailLink.continuing") : t("emailLink.continue")}
      </button>
    </form>
  );
}
