import type { AppLocale } from "~/server/lib/locales";
import type { Messages } from "./catalogues";

declare module "next-intl" {
  interface AppConfig {
    Locale: AppLocale;
    Messages: Messages;
  }
}
