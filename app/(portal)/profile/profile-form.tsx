"use client";
import { useMutation } from "@tanstack/react-query";
import { useLocale, useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useEffect, useState, type FormEvent } from "react";
import { useErrorText } from "~/app/_components/error-text";
import { setLanguageAction } from "~/app/_lib/actions";
import { useTRPC } from "~/app/_lib/trpc/client";
import type { MeView } from "~/server/modules/identity/identity.schemas";

type Locale = MeView["user"]["locale"];
type Field = "name" | "phone" | "locale";
type Props = { user: MeView["user"]; languages: { code: Locale; name: string }[] };

export function ProfileForm({ user, languages }: Props) {
  const t = useTranslations("profile");
  const common = useTranslations("common");
  const errorText = useErrorText();
  const trpc = useTRPC();
  const router = useRouter();
  const currentLocale = useLocale();
  const update = useMutation(trpc.profile.update.mutationOptions());
  const [invalid, setInvalid] = useState<Field[]>([]);
  const [saved, setSaved] = useState(false);

  useEffect(() => {
    if (invalid[0]) document.getElementById(`profile-${invalid[0]}`)?.focus();
  }, [invalid]);

  function onSubmit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const form = new FormData(e.currentTarget);
    const locale = languages.find((l) => l.code === form.get("locale"))?.code ?? user.locale;
    setSaved(false);
    update.mutate(
      { name: String(form.get("name") ?? ""), phone: String(form.get("phone") ?? ""), locale },
      {
        onSuccess: async () => {
          setInvalid([]);
          if (locale !== currentLocale) {
            const language = new FormData();
            language.set("locale", locale);
            await setLanguageAction(language); // sets the cookie, so the whole portal switches language
          }
          setSaved(true);
          router.refresh();
        },
        onError: (err) => setInvalid((err.data?.fields ?? []).filter((f): f is Field => ["name", "phone", "locale"].includes(f))),
      },
    );
  }

  const fieldProps = (field: Field) => ({
    id: `profile-${field}`,
    name: field,
    "aria-invalid": invalid.includes(field) || undefined,
    "aria-describedby": [field === "phone" ? "profile-phone-hint" : null, invalid.includes(field) ? `profile-${field}-error` : null]
      .filter(Boolean)
      .join(" ") || undefined,
  });
  const fieldError = (field: Field) =>
    invalid.includes(field) && (
      <p id={`profile-${field}-error`} className="field-error">
        {t(`fieldErrors.${field}`)}
      </p>
    );

  return (
    <form onSubmit={onSubmit} className="card stack" noValidate>
      {update.isError && (
        <div role="alert" className="alert alert-error">
          {errorText(update.error)}
        </div>
      )}
      <div>
        <label htmlFor="profile-name">{t("name")}</label>
        <input {...fieldProps("name")} type="text" autoComplete="name" defaultValue={user.name} required maxLength={120} />
        {fieldError("name")}
      </div>
      <div>
        <label htmlFor="profile-phone">{t("phone")}</label>
        <input {...fieldProps("phone")} type="tel" autoComplete="tel" defaultValue={user.phone ?? ""} />
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
        <select {...fieldProps("locale")} defaultValue={user.locale}>
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
      <p role="status" aria-live="polite" className={saved ? "alert alert-ok" : "visually-hidden"}>
        {saved ? t("saved") : ""}
      </p>
    </form>
  );
}
