"use client";
import { useMutation } from "@tanstack/react-query";
import { useLocale, useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { FieldError, FormStatus } from "~/app/_components/form-status";
import { useMutationForm } from "~/app/_components/use-mutation-form";
import { setLanguageAction } from "~/app/_lib/actions";
import { useTRPC } from "~/app/_lib/trpc/client";
import { UpdateProfileInput, type MeView } from "~/server/modules/identity/identity.schemas";

type Locale = MeView["user"]["locale"];
type Props = { user: MeView["user"]; languages: { code: Locale; name: string }[] };

export function ProfileForm({ user, languages }: Props) {
  const t = useTranslations("profile");
  const common = useTranslations("common");
  const trpc = useTRPC();
  const router = useRouter();
  const currentLocale = useLocale();
  const [saved, setSaved] = useState(false);
  const update = useMutation(
    trpc.profile.update.mutationOptions({
      onMutate: () => setSaved(false),
      onSuccess: async (_, { locale }) => {
        if (locale !== currentLocale) {
          const language = new FormData();
          language.set("locale", locale);
          await setLanguageAction(language); // sets the cookie, so the whole portal switches language
        }
        setSaved(true);
        router.refresh();
      },
    }),
  );
  const { onSubmit, field, invalid, errorId } = useMutationForm({
    id: "profile",
    schema: UpdateProfileInput,
    defaultValues: { name: user.name, phone: user.phone ?? "", locale: user.locale as string },
    toInput: (v) => ({ name: v.name, phone: v.phone, locale: languages.find((l) => l.code === v.locale)?.code ?? user.locale }),
    mutation: update,
    hints: ["phone"],
  });
  const fieldError = (name: "name" | "phone" | "locale") => (
    <FieldError id={errorId(name)} show={invalid(name)}>
      {t(`fieldErrors.${name}`)}
    </FieldError>
  );

  return (
    <form onSubmit={onSubmit} className="card stack" noValidate>
      <FormStatus error={update.error} />
      <div>
        <label htmlFor="profile-name">{t("name")}</label>
        <input {...field("name")} type="text" autoComplete="name" required maxLength={120} />
        {fieldError("name")}
      </div>
      <div>
        <label htmlFor="profile-phone">{t("phone")}</label>
        <input {...field("phone")} type="tel" autoComplete="tel" />
        <p id="profile-phone-hint" className="hint">
          {t("phoneHint")}
        </p>
        {fieldError("phone")}
      </div>
      <div>
        <label htmlFor="profile-email">{t("email")}</label>
        <input id="profile-email" type="email" value={user.email} readOnly aria-describedby="profile-email-hint" />
        <p id="profile-email-hint" className="hint">
          {t("emailHint")}
        </p>
      </div>
      <div>
        <label htmlFor="profile-locale">{t("locale")}</label>
        <select {...field("locale")}>
          {languages.map((l) => (
            <option key={l.code} value={l.code} lang={l.code}>
              {l.name}
            </option>
          ))}
        </select>
        {fieldError("locale")}
      </div>
      <div className="row">
        <button type="submit" className="btn" disabled={update.isPending} aria-busy={update.isPending}>
          {update.isPending ? common("saving") : common("save")}
        </button>
      </div>
      <FormStatus announcement={saved ? t("saved") : ""} />
    </form>
  );
}
