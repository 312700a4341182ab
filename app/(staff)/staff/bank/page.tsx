import { getTranslations } from "next-intl/server";
import { EmptyState } from "~/app/_components/empty-state";
import { titled } from "~/app/_lib/metadata";
import { api, orRefused } from "~/app/_lib/trpc/server";
import { BankCreditsTable } from "./bank-credits-table";
import { StatementUpload } from "./statement-upload";

export const generateMetadata = titled("bankStatements");

/** The billing agent's bank desk: import a statement; assign or return the credits that did not match a bill. */
export default async function BankStatementsPage() {
  const caller = await api();
  const [t, errors] = await Promise.all([getTranslations("desk.bank"), getTranslations("errors")]);
  const waiting = await orRefused(caller.bank.credits({ state: "unmatched" }));
  return (
    <div className="stack">
      <h1>{t("title")}</h1>
      <p className="muted">{t("lead")}</p>
      {waiting === null ? (
        <EmptyState title={errors("FORBIDDEN")} />
      ) : (
        <>
          <StatementUpload />
          {waiting.length === 0 ? <EmptyState title={t("empty")} /> : <BankCreditsTable credits={waiting} />}
        </>
      )}
    </div>
  );
}
