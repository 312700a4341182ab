import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import type { Messages } from "~/app/_i18n/catalogues";

/** A page's `generateMetadata`: its translated title (the root layout appends the brand). */
export const titled = (key: keyof Messages["titles"]) => async (): Promise<Metadata> => ({
  title: (await getTranslations("titles"))(key),
});
