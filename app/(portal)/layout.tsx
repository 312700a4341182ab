import type { ReactNode } from "react";
import { PortalShell } from "~/app/_components/portal-shell";

/** Customers' pages; profile and notifications are open to operator staff too (pages that need a customer check it). */
export default function PortalLayout({ children }: { children: ReactNode }) {
  return <PortalShell>{children}</PortalShell>;
}
