import { redirect } from "next/navigation";
import type { ReactNode } from "react";
import { getMe } from "~/app/_lib/me";
import { TrpcProviders } from "~/app/_lib/trpc/client";
import { api } from "~/app/_lib/trpc/server";
import { SiteHeader } from "./site-header";

/** The signed-in frame shared by the portal, enterprise and staff areas: header, then the page. */
export async function PortalShell({ children }: { children: ReactNode }) {
  const caller = await api();
  if (!caller.actor) redirect("/sign-in");
  const [me, unread] = await Promise.all([getMe(), caller.notifications.unreadCount()]);
  return (
    <TrpcProviders>
      <SiteHeader me={me} unread={unread} />
      <main id="main">{children}</main>
    </TrpcProviders>
  );
}
