import { useTranslations } from "next-intl";
import Link from "next/link";

/** A used, expired, withdrawn or wrong invitation link: said plainly, with the way to sign in. */
export function InvitationProblem({ state }: { state: "used" | "expired" | "revoked" | "unknown" }) {
  const t = useTranslations("members.accept.problems");
  const account = useTranslations("account");
  return (
    <div className="stack">
      <div role="alert" className="alert alert-error">
        <p>
          <strong>{t(`${state}.title`)}</strong>
        </p>
        <p>{t(`${state}.body`)}</p>
      </div>
      <p>
        <Link href="/sign-in">{account("backToSignIn")}</Link>
      </p>
    </div>
  );
}
