import { NotAvailableContent } from "~/app/_components/not-available-content";

/** Inside the portal frame, so the header stays. */
export default function PortalForbidden() {
  return <NotAvailableContent />;
}
