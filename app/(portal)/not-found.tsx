import { NotFoundContent } from "~/app/_components/not-found-content";

/** Inside the portal frame, so the header stays. */
export default function PortalNotFound() {
  return <NotFoundContent />;
}
