import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { api } from "~/app/_lib/trpc/server";
import { AuthCard } from "../../_components/auth-card";
import { linkMetadata } from "../../_components/link-page";
import { AcceptInvitationForm } from "./accept-invitation-form";
import { InvitationProblem } from "./invitation-problem";

export const generateMetadata = linkMetadata("invitation");

/**
 * The e-mailed invitation into a company. Opening it uses nothing up (a button does); a new address sets a password,
 * an address with an account accepts signed in as it.
 */
export default async function InvitationPage({ params }: { params: Promise<{ token: string }> }) {
  const [{ token }, t] = await Promise.all([params, getTranslations("members.accept")]);
  const caller = await api();
  const invitation = await caller.invitation.check({ token: token.slice(0, 200) });
  if (invitation.state !== "valid") {
    return (
      <AuthCard title={t(`problems.${invitation.state}.title`)}>
        <InvitationProblem state={invitation.state} />
      </AuthCard>
    );
  }
  const { company, email, hasAccount, signedInAsInvitee } = invitation;
  const next = `/invitation/${token}`;
  return (
    <AuthCard title={t("title", { company })} lead={t("lead", { company, email })}>
      {!hasAccount || signedInAsInvitee ? (
        <AcceptInvitationForm token={token} mode={hasAccount ? "existing" : "new"} email={email} />
      ) : (
        <div className="stack">
          <p>{caller.actor ? t("wrongAccount", { email }) : t("hasAccount", { email })}</p>
          {!caller.actor && (
            <p>
              <Link className="btn" href={`/sign-in?${new URLSearchParams({ next })}`}>
                {t("signIn")}
              </Link>
            </p>
          )}
        </div>
      )}
    </AuthCard>
  );
}
