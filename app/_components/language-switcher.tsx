import { getLocale, getTranslations } from "next-intl/server";
import { setLanguageAction } from "~/app/_lib/actions";
import { languageNames } from "~/app/_i18n/catalogues";
import { locales } from "~/server/lib/locales";
import { AutoSubmitSelect } from "./auto-submit-select";

/** A plain form: works without JavaScript (submit button) and submits on change with it. */
export async function LanguageSwitcher({ labelShown = false }: { labelShown?: boolean }) {
  const [locale, t] = await Promise.all([getLocale(), getTranslations("language")]);
  return (
    <form action={setLanguageAction} className="row">
      <label htmlFor="language-select" className={labelShown ? undefined : "visually-hidden"}>
        {t("label")}
      </label>
      <AutoSubmitSelect key={locale} id="language-select" name="locale" defaultValue={locale} label={t("label")}>
        {locales.map((l) => (
          <option key={l} value={l} lang={l}>
            {languageNames[l]}
          </option>
        ))}
      </AutoSubmitSelect>
    </form>
  );
}
