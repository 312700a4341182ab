import { notFound, redirect } from "next/navigation";
import type { ReactNode } from "react";
import { PortalShell } from "~/app/_components/portal-shell";
import { getMe } from "~/app/_lib/me";
import { api } from "~/app/_lib/trpc/server";

/** The company admin's area: anyone else gets the same 404 as for a page that does not exist. */
export default async function EnterpriseLayout({ children }: { children: ReactNode }) {
  const { actor } = await api();
  if (!actor) redirect("/sign-in");
  if (!(await getMe()).isEnterpriseAdmin) notFound();
  return <PortalShell>{children}</PortalShell>;
}
