import { getTranslations } from "next-intl/server";
import { LinkPage, linkMetadata } from "../../_components/link-page";
import { ResetPasswordForm } from "./reset-password-form";

export const generateMetadata = linkMetadata("resetPassword");

export default async function ResetPasswordPage({ params }: { params: Promise<{ token: string }> }) {
  const [{ token }, t] = await Promise.all([params, getTranslations("account")]);
  return (
    <LinkPage token={token} purpose="password_reset" title={t("reset.title")} lead={t("reset.lead")} askAgain="/forgot-password">
      <ResetPasswordForm token={token} />
    </LinkPage>
  );
}
