import { getTranslations } from "next-intl/server";
import Form from "next/form";
import Link from "next/link";
import { notFound } from "next/navigation";
import { Pagination } from "~/app/_components/pagination";
import { getMe } from "~/app/_lib/me";
import { adminTitled } from "../../admin-metadata";
import { hrefWith, pageParam, param, type SearchParams } from "~/app/_lib/search-params";
import { api } from "~/app/_lib/trpc/server";
import { UsersAdmin } from "./users-admin";

export const generateMetadata = adminTitled("users");

const PATH = "/enterprise/users";

/** The company's people and invitations; the search and the page live in the URL. */
export default async function UsersPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const [me, t, params] = await Promise.all([getMe(), getTranslations("members"), searchParams]);
  if (!me.isEnterpriseAdmin || !me.customer) notFound();
  const q = (param(params, "q") ?? "").trim().slice(0, 120);
  const page = pageParam(params);
  const caller = await api();
  const [view, lines] = await Promise.all([caller.members.list({ q: q || undefined, page }), caller.members.scopeOptions()]);
  const hrefFor = (p: number) => hrefWith(PATH, { q, page: p });
  return (
    <div className="stack">
      <h1>{t("title")}</h1>
      <p className="muted">{t("lead", { company: me.customer.name })}</p>
      <UsersAdmin
        view={view}
        lines={lines}
        search={
          <Form action={PATH} role="search" className="filters">
            <div className="filters-q">
              <label htmlFor="users-q">{t("search")}</label>
              <input id="users-q" type="search" name="q" defaultValue={q} maxLength={120} aria-describedby="users-q-hint" />
              <p id="users-q-hint" className="hint">
                {t("searchHint")}
              </p>
            </div>
            <div className="filters-actions row">
              <button type="submit" className="btn">
                {t("searchSubmit")}
              </button>
              {q && <Link href={PATH}>{t("clear")}</Link>}
            </div>
          </Form>
        }
        pagination={<Pagination page={page} pageCount={Math.ceil(view.total / view.pageSize)} hrefFor={hrefFor} />}
      />
    </div>
  );
}
