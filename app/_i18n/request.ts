import { getRequestConfig } from "next-intl/server";
import { catalogues } from "./catalogues";
import { resolveLocale } from "./locale";

export default getRequestConfig(async () => {
  const locale = await resolveLocale();
  return { locale, messages: catalogues[locale], timeZone: "Europe/Prague" };
});
