import { getTranslations } from "next-intl/server";
import { notFound, redirect } from "next/navigation";
import type { ReactNode } from "react";
import { NavLink } from "~/app/_components/nav-link";
import { PortalShell } from "~/app/_components/portal-shell";
import { getMe } from "~/app/_lib/me";
import { api } from "~/app/_lib/trpc/server";

/** The company admin's area: anyone else gets the same 404 as for a page that does not exist. */
export default async function EnterpriseLayout({ children }: { children: ReactNode }) {
  const { actor } = await api();
  if (!actor) redirect("/sign-in");
  if (!(await getMe()).isEnterpriseAdmin) notFound();
  const t = await getTranslations("nav");
  return (
    <PortalShell>
      <nav aria-label={t("company")} className="sub-nav">
        <ul>
          <li>
            <NavLink href="/enterprise/lines">{t("lines")}</NavLink>
          </li>
          <li>
            <NavLink href="/enterprise/users">{t("users")}</NavLink>
          </li>
          <li>
            <NavLink href="/enterprise/cost-centres">{t("costCentres")}</NavLink>
          </li>
          <li>
            <NavLink href="/enterprise/profile">{t("companyProfile")}</NavLink>
          </li>
          <li>
            <NavLink href="/enterprise/audit">{t("audit")}</NavLink>
          </li>
        </ul>
      </nav>
      {children}
    </PortalShell>
  );
}
