import { useTranslations } from "next-intl";
import Link from "next/link";

/** A wrong, used or expired link: said plainly, with the way to a new one (server and client pages alike). */
export function LinkProblem({ state, askAgain }: { state: "used" | "expired" | "unknown"; askAgain: string }) {
  const t = useTranslations("account");
  return (
    <div className="stack">
      <div role="alert" className="alert alert-error">
        <p>
          <strong>{t(`link.${state}.title`)}</strong>
        </p>
        <p>{t(`link.${state}.body`)}</p>
      </div>
      <p>
        <Link href={askAgain} className="btn">
          {t("link.askAgain")}
        </Link>
      </p>
      <p>
        <Link href="/sign-in">{t("backToSignIn")}</Link>
      </p>
    </div>
  );
}
