import { getTranslations } from "next-intl/server";
import Form from "next/form";
import Link from "next/link";
import { DataTable } from "~/app/_components/data-table";
import { EmptyState } from "~/app/_components/empty-state";
import { titled } from "~/app/_lib/metadata";
import { param, type SearchParams } from "~/app/_lib/search-params";
import { api, orRefused } from "~/app/_lib/trpc/server";

export const generateMetadata = titled("customers");

/** The billing agent's look-up: a customer by a member's e-mail, the name, an account number or a phone number. */
export default async function CustomersPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const caller = await api();
  const query = (param(await searchParams, "q") ?? "").trim();
  const [t, errors] = await Promise.all([getTranslations("desk.search"), getTranslations("errors")]);
  const found = query.length >= 2 ? await orRefused(caller.desk.search({ query })) : [];
  return (
    <div className="stack">
      <h1>{t("title")}</h1>
      <p className="muted">{t("lead")}</p>
      <Form action="/staff/customers" className="stack" role="search">
        <label htmlFor="customers-q">{t("label")}</label>
        <input id="customers-q" name="q" defaultValue={query} minLength={2} maxLength={100} required />
        <p>
          <button type="submit" className="btn btn-primary">
            {t("submit")}
          </button>
        </p>
      </Form>
      {found === null ? (
        <EmptyState title={errors("FORBIDDEN")} />
      ) : query.length >= 2 && found.length === 0 ? (
        <EmptyState title={t("empty")} />
      ) : found.length > 0 ? (
        <DataTable id="customers-found" caption={t("caption")} headers={[t("name"), t("emails"), t("matched")]}>
          {found.map((c) => (
            <tr key={c.id}>
              <th scope="row">
                <Link href={`/staff/customers/${c.id}`}>{c.name}</Link>
              </th>
              <td>{c.emails.join(", ")}</td>
              <td>{c.matchedBy.map((m) => t(`by.${m}`)).join(", ")}</td>
            </tr>
          ))}
        </DataTable>
      ) : null}
    </div>
  );
}
