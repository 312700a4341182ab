import { titled } from "~/app/_lib/metadata";
import { RequestLinkPage } from "../_components/request-link-page";

export const generateMetadata = titled("forgotPassword");

export default function ForgotPasswordPage() {
  return <RequestLinkPage purpose="forgot" />;
}
