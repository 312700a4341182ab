"use client";
import { useMutation } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useFieldArray } from "react-hook-form";
import { FieldError, FormStatus } from "~/app/_components/form-status";
import { useMutationForm } from "~/app/_components/use-mutation-form";
import { useTRPC } from "~/app/_lib/trpc/client";
import { MAX_BILLING_CONTACTS, UpdateCompanyProfileInput, type CompanyProfileView } from "~/server/modules/company/company.schemas";

type Contact = { name: string; email: string; phone: string };
const blank: Contact = { name: "", email: "", phone: "" };
const ID = "company";

/** The company profile: checked in the browser against the procedure's schema, the server's field errors on the fields. */
export function CompanyProfileForm({ profile }: { profile: CompanyProfileView }) {
  const t = useTranslations("company");
  const common = useTranslations("common");
  const trpc = useTRPC();
  const router = useRouter();
  const [said, setSaid] = useState("");
  const update = useMutation(
    trpc.company.update.mutationOptions({
      onMutate: () => setSaid(""),
      onSuccess: ({ changed }) => {
        setSaid(changed.length > 0 ? t("saved") : t("unchanged"));
        router.refresh();
      },
    }),
  );
  const { form, onSubmit, field, invalid, errorId } = useMutationForm({
    id: ID,
    schema: UpdateCompanyProfileInput,
    defaultValues: {
      legalName: profile.legalName,
      companyId: profile.companyId ?? "",
      vatId: profile.vatId ?? "",
      address: profile.address ?? "",
      billingContacts: profile.billingContacts.length > 0 ? profile.billingContacts : [blank],
    },
    toInput: (v) => v,
    mutation: update,
    hints: ["companyId", "vatId"],
  });
  const contacts = useFieldArray({ control: form.control, name: "billingContacts" });
  const fieldError = (name: "legalName" | "companyId" | "vatId" | "address") => (
    <FieldError id={errorId(name)} show={invalid(name)}>
      {t(`fieldErrors.${name}`)}
    </FieldError>
  );
  /** A contact's field: its own id, and its error (found in the nested errors) tied to it. */
  const contactField = (i: number, key: keyof Contact) => {
    const id = `${ID}-contact-${i}-${key}`;
    const bad = Boolean(form.formState.errors.billingContacts?.[i]?.[key]);
    return {
      input: {
        id,
        ...form.register(`billingContacts.${i}.${key}`),
        "aria-invalid": bad || undefined,
        "aria-describedby": bad ? `${id}-error` : undefined,
      },
      error: (
        <FieldError id={`${id}-error`} show={bad}>
          {t(`fieldErrors.${key}`)}
        </FieldError>
      ),
    };
  };

  return (
    <form onSubmit={onSubmit} className="card stack" noValidate>
      <FormStatus error={update.error} />
      <fieldset className="stack">
        <legend>{t("identity")}</legend>
        <div>
          <label htmlFor={`${ID}-legalName`}>{t("legalName")}</label>
          <input {...field("legalName")} type="text" autoComplete="organization" required maxLength={200} />
          {fieldError("legalName")}
        </div>
        <div>
          <label htmlFor={`${ID}-companyId`}>{t("companyId")}</label>
          <input {...field("companyId")} type="text" inputMode="numeric" autoComplete="off" required maxLength={12} />
          <p id={`${ID}-companyId-hint`} className="hint">
            {t("companyIdHint")}
          </p>
          {fieldError("companyId")}
        </div>
        <div>
          <label htmlFor={`${ID}-vatId`}>{t("vatId")}</label>
          <input {...field("vatId")} type="text" autoComplete="off" maxLength={16} />
          <p id={`${ID}-vatId-hint`} className="hint">
            {t("vatIdHint")}
          </p>
          {fieldError("vatId")}
        </div>
        <div>
          <label htmlFor={`${ID}-address`}>{t("address")}</label>
          <textarea {...field("address")} rows={3} autoComplete="street-address" required maxLength={400} />
          {fieldError("address")}
        </div>
      </fieldset>
      <fieldset className="stack" aria-describedby={`${ID}-contacts-hint`}>
        <legend>{t("contacts")}</legend>
        <p id={`${ID}-contacts-hint`} className="hint">
          {t("contactsHint")}
        </p>
        {contacts.fields.map((c, i) => {
          const [name, email, phone] = [contactField(i, "name"), contactField(i, "email"), contactField(i, "phone")];
          return (
            <fieldset key={c.id} className="stack">
              <legend>{t("contact", { number: i + 1 })}</legend>
              <div>
                <label htmlFor={name.input.id}>{t("contactName")}</label>
                <input {...name.input} type="text" autoComplete="off" required maxLength={120} />
                {name.error}
              </div>
              <div>
                <label htmlFor={email.input.id}>{t("contactEmail")}</label>
                <input {...email.input} type="email" autoComplete="off" required maxLength={254} />
                {email.error}
              </div>
              <div>
                <label htmlFor={phone.input.id}>{t("contactPhone")}</label>
                <input {...phone.input} type="tel" autoComplete="off" required maxLength={30} />
                {phone.error}
              </div>
              {contacts.fields.length > 1 && (
                <p>
                  <button type="button" className="btn btn-secondary" onClick={() => contacts.remove(i)}>
                    {t("removeContact", { number: i + 1 })}
                  </button>
                </p>
              )}
            </fieldset>
          );
        })}
        {contacts.fields.length < MAX_BILLING_CONTACTS && (
          <p>
            <button type="button" className="btn btn-secondary" onClick={() => contacts.append(blank)}>
              {t("addContact")}
            </button>
          </p>
        )}
        <FieldError id={errorId("billingContacts")} show={invalid("billingContacts") && contacts.fields.length === 0}>
          {t("fieldErrors.billingContacts")}
        </FieldError>
      </fieldset>
      <div className="row">
        <button type="submit" className="btn" disabled={update.isPending} aria-busy={update.isPending}>
          {update.isPending ? common("saving") : common("save")}
        </button>
      </div>
      <FormStatus announcement={said} />
    </form>
  );
}
