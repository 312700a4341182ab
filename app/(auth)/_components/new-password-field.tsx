import { useTranslations } from "next-intl";
import { PASSWORD_MIN_LENGTH } from "~/server/modules/identity/identity.schemas";

/** A new password in a server-action form (reset link, invitation): the policy as a hint, the refusal under it. */
export function NewPasswordField({ id, label, invalid }: { id: string; label: string; invalid: boolean }) {
  const t = useTranslations("account");
  return (
    <div>
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        name="password"
        type="password"
        autoComplete="new-password"
        required
        minLength={PASSWORD_MIN_LENGTH}
        aria-invalid={invalid || undefined}
        aria-describedby={invalid ? `${id}-hint ${id}-error` : `${id}-hint`}
      />
      <p id={`${id}-hint`} className="hint">
        {t("passwordHint")}
      </p>
      {invalid && (
        <p id={`${id}-error`} className="field-error" role="alert">
          {t("passwordError")}
        </p>
      )}
    </div>
  );
}
