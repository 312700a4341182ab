import { getTranslations } from "next-intl/server";
import { LinkPage, linkMetadata } from "../../../_components/link-page";
import { LinkSignInForm } from "./link-sign-in-form";

export const generateMetadata = linkMetadata("emailLink");

/** The e-mailed sign-in link: a button, not the GET itself, uses it (mail scanners open links too). */
export default async function EmailLinkPage({ params }: { params: Promise<{ token: string }> }) {
  const [{ token }, t] = await Promise.all([params, getTranslations("account")]);
  return (
    <LinkPage
      token={token}
      purpose="sign_in_link"
      title={t("emailLink.title")}
      lead={t("emailLink.continueLead")}
      askAgain="/sign-in/email"
    >
      <LinkSignInForm token={token} />
    </LinkPage>
  );
}
