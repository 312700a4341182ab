import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { getMe } from "~/app/_lib/me";
import { api } from "~/app/_lib/trpc/server";
import { adminTitled } from "../../admin-metadata";
import { CompanyProfileForm } from "./company-profile-form";

export const generateMetadata = adminTitled("companyProfile");

/** The company as its bills name it (legal name, IČO, DIČ, address) and its billing contacts. */
export default async function CompanyProfilePage() {
  const [me, t] = await Promise.all([getMe(), getTranslations("company")]);
  if (!me.isEnterpriseAdmin) notFound();
  const profile = await (await api()).company.get();
  return (
    <div className="stack">
      <h1>{t("title")}</h1>
      <p className="muted">{t("lead")}</p>
      <CompanyProfileForm profile={profile} />
    </div>
  );
}
