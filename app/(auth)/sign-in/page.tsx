import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { redirect } from "next/navigation";
import { api } from "~/app/_lib/trpc/server";
import { titled } from "~/app/_lib/metadata";
import { AuthCard } from "../_components/auth-card";
import { SignInForm } from "./sign-in-form";

export const generateMetadata = titled("signIn");

const notices = ["passwordReset", "signedOutEverywhere"] as const;
type Notice = (typeof notices)[number];
const isNotice = (v: unknown): v is Notice => (notices as readonly unknown[]).includes(v);

export default async function SignInPage({ searchParams }: { searchParams: Promise<{ next?: string; notice?: string }> }) {
  // A session that was signed out everywhere still has its cookie: only a live one leaves for the dashboard.
  if ((await api()).actor) redirect("/dashboard");
  const [t, a] = await Promise.all([getTranslations("auth"), getTranslations("account")]);
  const { next, notice } = await searchParams;
  return (
    <AuthCard title={t("signInTitle")} lead={t("signInLead")}>
      {isNotice(notice) && (
        <p role="status" className="alert alert-ok">
          {a(`notices.${notice}`)}
        </p>
      )}
      <SignInForm next={typeof next === "string" ? next : undefined} />
      <ul className="stack" style={{ listStyle: "none", padding: 0, margin: 0 }}>
        <li>
          <Link href="/forgot-password">{a("forgotLink")}</Link>
        </li>
        <li>
          <Link href="/sign-in/email">{a("emailLinkLink")}</Link>
        </li>
      </ul>
      <p className="muted">{t("demoHint")}</p>
    </AuthCard>
  );
}
