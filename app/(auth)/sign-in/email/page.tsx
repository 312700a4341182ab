import { titled } from "~/app/_lib/metadata";
import { RequestLinkPage } from "../../_components/request-link-page";

export const generateMetadata = titled("emailLink");

export default function EmailLinkRequestPage() {
  return <RequestLinkPage purpose="emailLink" />;
}
