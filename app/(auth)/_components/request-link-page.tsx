import { getTranslations } from "next-intl/server";
import { AuthCard } from "./auth-card";
import { RequestLinkForm } from "./request-link-form";

/** The page that asks for a reset link or a sign-in link. */
export async function RequestLinkPage({ purpose }: { purpose: "forgot" | "emailLink" }) {
  const t = await getTranslations("account");
  return (
    <AuthCard title={t(`${purpose}.title`)} lead={t(`${purpose}.lead`)}>
      <RequestLinkForm purpose={purpose} />
    </AuthCard>
  );
}
