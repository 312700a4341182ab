import { getTranslations } from "next-intl/server";
import { redirect } from "next/navigation";
import { LanguageSwitcher } from "~/app/_components/language-switcher";
import { currentSession } from "~/server/auth/auth";
import { titled } from "~/app/_lib/metadata";
import { SignInForm } from "./sign-in-form";

export const generateMetadata = titled("signIn");

export default async function SignInPage({ searchParams }: { searchParams: Promise<{ next?: string }> }) {
  if (await currentSession()) redirect("/dashboard");
  const t = await getTranslations("auth");
  const { next } = await searchParams;
  return (
    <main id="main" className="auth-page">
      <div className="row" style={{ justifyContent: "flex-end" }}>
        <LanguageSwitcher />
      </div>
      <div className="card stack" style={{ maxWidth: 420, margin: "2rem auto" }}>
        <h1>{t("signInTitle")}</h1>
        <p className="muted">{t("signInLead")}</p>
        <SignInForm next={typeof next === "string" ? next : undefined} />
        <p className="muted">{t("demoHint")}</p>
      </div>
    </main>
  );
}
