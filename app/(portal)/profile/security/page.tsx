import { getFormatter, getTranslations } from "next-intl/server";
import { DataTable } from "~/app/_components/data-table";
import { EmptyState } from "~/app/_components/empty-state";
import { getMe } from "~/app/_lib/me";
import { titled } from "~/app/_lib/metadata";
import { api, orPage } from "~/app/_lib/trpc/server";
import { UNKNOWN_ADDRESS } from "~/server/auth/client-address";
import { ProfileSections } from "../profile-sections";
import { ChangePasswordForm } from "./change-password-form";
import { SignOutEverywhere } from "./sign-out-everywhere";

export const generateMetadata = titled("security");

export default async function SecurityPage() {
  const caller = await api();
  const [me, signIns, t, format] = await Promise.all([
    getMe(),
    orPage(caller.security.signIns()),
    getTranslations("account.security"),
    getFormatter(),
  ]);
  return (
    <div className="stack narrow">
      <h1>{t("title")}</h1>
      <ProfileSections current="security" />
      <p className="muted">{t("lead")}</p>
      <ChangePasswordForm email={me.user.email} />
      <SignOutEverywhere />
      <section className="stack" aria-labelledby="sign-ins-title">
        <h2 id="sign-ins-title">{t("signInsTitle")}</h2>
        {signIns.length === 0 ? (
          <EmptyState title={t("empty")} />
        ) : (
          <DataTable id="sign-ins" caption={t("signInsCaption")} headers={[t("when"), t("method"), t("address"), t("device")]}>
            {signIns.map((s, i) => (
              <tr key={i}>
                <td>
                  <time dateTime={s.at.toISOString()}>{format.dateTime(s.at, { dateStyle: "medium", timeStyle: "short" })}</time>
                </td>
                <td>{t(`methods.${s.method}`)}</td>
                <td>{s.ip === UNKNOWN_ADDRESS ? t("unknownAddress") : s.ip}</td>
                <td className="muted">{s.userAgent ?? t("unknownAddress")}</td>
              </tr>
            ))}
          </DataTable>
        )}
      </section>
    </div>
  );
}
