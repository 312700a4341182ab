import { redirect } from "next/navigation";
import type { ReactNode } from "react";
import { api, orPage } from "~/app/_lib/trpc/server";

/**
 * Settles whether the person may see the bill before anything streams (the page's loading state sits below this layout),
 * so a role without bills gets status 403 and an absent or another customer's bill 404, not 200 with the page inside.
 */
export default async function BillLayout({ children, params }: { children: ReactNode; params: Promise<{ id: string }> }) {
  const caller = await api();
  if (caller.actor?.kind === "staff") redirect("/staff");
  await orPage(caller.bills.get({ billId: (await params).id }));
  return children;
}
