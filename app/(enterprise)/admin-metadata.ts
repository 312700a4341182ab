import { getTranslations } from "next-intl/server";
import type { Messages } from "~/app/_i18n/catalogues";
import { getMe } from "~/app/_lib/me";
import { titled } from "~/app/_lib/metadata";

/** The title of a company-admin page, or the not-found title for anyone else (whom the layout answers 404). */
export const adminTitled = (key: keyof Messages["titles"]) => async () => {
  const me = await getMe().catch(() => null);
  if (me?.isEnterpriseAdmin) return titled(key)();
  return { title: (await getTranslations("common"))("notFoundTitle") };
};
