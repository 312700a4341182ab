import { getTranslations } from "next-intl/server";
import Form from "next/form";
import { EmptyState } from "~/app/_components/empty-state";
import { titled } from "~/app/_lib/metadata";
import { param, type SearchParams } from "~/app/_lib/search-params";
import { api, orRefused } from "~/app/_lib/trpc/server";
import { StaffPaymentsTable } from "./staff-payments-table";

export const generateMetadata = titled("payments");

/** The billing agent's look-up: a customer's card payments, each refundable whole or in part. */
export default async function StaffPaymentsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const caller = await api();
  const query = (param(await searchParams, "q") ?? "").trim();
  const [t, errors] = await Promise.all([getTranslations("payments"), getTranslations("errors")]);
  const found = query.length >= 2 ? await orRefused(caller.payments.search({ query })) : [];
  return (
    <div className="stack">
      <h1>{t("desk.title")}</h1>
      <p className="muted">{t("desk.lead")}</p>
      <Form action="/staff/payments" className="stack" role="search">
        <label htmlFor="payments-q">{t("desk.search")}</label>
        <input id="payments-q" name="q" defaultValue={query} minLength={2} maxLength={100} required />
        <p>
          <button type="submit" className="btn btn-primary">
            {t("desk.submit")}
          </button>
        </p>
      </Form>
      {found === null ? (
        <EmptyState title={errors("FORBIDDEN")} />
      ) : query.length >= 2 && found.length === 0 ? (
        <EmptyState title={t("desk.empty")} />
      ) : found.length > 0 ? (
        <StaffPaymentsTable payments={found} />
      ) : null}
    </div>
  );
}
