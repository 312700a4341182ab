import { getTranslations } from "next-intl/server";
import { languageNames } from "~/app/_i18n/catalogues";
import { getMe } from "~/app/_lib/me";
import { titled } from "~/app/_lib/metadata";
import { locales } from "~/server/lib/locales";
import { ProfileForm } from "./profile-form";
import { ProfileSections } from "./profile-sections";

export const generateMetadata = titled("profile");

export default async function ProfilePage() {
  const [me, t] = await Promise.all([getMe(), getTranslations("profile")]);
  const languages = locales.map((code) => ({ code, name: languageNames[code] }));
  return (
    <div className="stack narrow">
      <h1>{t("title")}</h1>
      <ProfileSections current="details" />
      <p className="muted">{t("lead")}</p>
      <ProfileForm user={me.user} languages={languages} />
    </div>
  );
}
