import { redirect } from "next/navigation";
import type { ReactNode } from "react";
import { PortalShell } from "~/app/_components/portal-shell";
import { api } from "~/app/_lib/trpc/server";

/** The operator's side: only staff members; customers go back to their dashboard. */
export default async function StaffLayout({ children }: { children: ReactNode }) {
  const { actor } = await api();
  if (!actor) redirect("/sign-in");
  if (actor.kind !== "staff") redirect("/dashboard");
  return <PortalShell>{children}</PortalShell>;
}
