import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { redirect } from "next/navigation";
import { LinesTable } from "~/app/_components/lines-table";
import { titled } from "~/app/_lib/metadata";
import type { SearchParams } from "~/app/_lib/search-params";
import { api } from "~/app/_lib/trpc/server";

export const generateMetadata = titled("myLines");

/** Every line the person may see, in pages: the home screen shows only the first twelve as cards. */
export default async function ServicesPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const caller = await api();
  if (caller.actor?.kind === "staff") redirect("/staff");
  const [t, services] = await Promise.all([getTranslations("home"), getTranslations("services")]);
  return (
    <div className="stack">
      <p>
        <Link href="/dashboard">
          <span aria-hidden="true">← </span>
          {services("back")}
        </Link>
      </p>
      <h1>{t("linesTitle")}</h1>
      <LinesTable searchParams={await searchParams} path="/services" />
    </div>
  );
}
