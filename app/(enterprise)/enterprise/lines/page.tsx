import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { LinesTable } from "~/app/_components/lines-table";
import { getMe } from "~/app/_lib/me";
import { adminTitled } from "../../admin-metadata";
import type { SearchParams } from "~/app/_lib/search-params";

export const generateMetadata = adminTitled("lines");

export default async function LinesPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const [me, t] = await Promise.all([getMe(), getTranslations("lines")]);
  if (!me.isEnterpriseAdmin || !me.customer) notFound();
  return (
    <div className="stack">
      <h1>{t("title")}</h1>
      <p className="muted">{t("lead", { customer: me.customer.name })}</p>
      <LinesTable searchParams={await searchParams} path="/enterprise/lines" />
    </div>
  );
}
