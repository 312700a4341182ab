import { redirect } from "next/navigation";
import type { ReactNode } from "react";
import { SiteHeader } from "~/app/_components/site-header";
import { api } from "~/app/_lib/trpc/server";
import { TrpcProviders } from "~/app/_lib/trpc/client";

export default async function PortalLayout({ children }: { children: ReactNode }) {
  const caller = await api();
  if (!caller.actor) redirect("/sign-in");
  if (caller.actor.kind === "staff") redirect("/staff");
  const [me, unread] = await Promise.all([caller.me.get(), caller.notifications.unreadCount()]);
  return (
    <TrpcProviders>
      <SiteHeader me={me} unread={unread} />
      <main id="main">{children}</main>
    </TrpcProviders>
  );
}
