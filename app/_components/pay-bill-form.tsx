"use client";
import { useMutation } from "@tanstack/react-query";
import { useFormatter, useTranslations } from "next-intl";
import { useId, useState } from "react";
import { useTRPC } from "~/app/_lib/trpc/client";
import { partPaymentRange } from "~/server/modules/payments/payment-rules";
import { StartPaymentInput } from "~/server/modules/payments/payments.schemas";
import { FormStatus } from "./form-status";
import { useMutationForm } from "./use-mutation-form";

type Props = { billId: string; due: { amountMinor: number; currency: string }; testMode: boolean };
type Values = { mode: "all" | "part"; amount: string };

/** "1 234,50", "1234.5" or "1234" in major units → minor units; NaN for anything else (the schema refuses it). */
export function parseMajorAmount(text: string): number {
  const compact = text.replace(/[\s\u00a0\u202f]/g, "").replace(",", ".");
  if (!/^\d{1,12}(\.\d{1,2})?$/.test(compact)) return Number.NaN;
  const [whole, cents = ""] = compact.split(".");
  return Number(whole) * 100 + Number(cents.padEnd(2, "0"));
}

/** Pay the bill by card: all that is due or a part, then on to the payment provider's checkout page. */
export function PayBillForm({ billId, due, testMode }: Props) {
  const t = useTranslations("payments");
  const format = useFormatter();
  const id = useId();
  const [leaving, setLeaving] = useState(false);
  const money = (minor: number) => format.number(minor / 100, { style: "currency", currency: due.currency });
  const range = partPaymentRange(due.amountMinor, due.currency);
  const start = useMutation(
    useTRPC().payments.start.mutationOptions({
      onSuccess: ({ checkoutUrl }) => {
        setLeaving(true);
        window.location.assign(checkoutUrl);
      },
    }),
  );
  const { form, onSubmit, field, invalid } = useMutationForm<Values, typeof StartPaymentInput, NonNullable<typeof start.error>>({
    id,
    schema: StartPaymentInput,
    defaultValues: { mode: "all", amount: "" },
    toInput: (v) => (v.mode === "all" ? { billId } : { billId, amountMinor: parseMajorAmount(v.amount) }),
    mutation: start,
    hints: ["amount"],
    // The schema knows only "a positive whole number"; the bill's own range is checked here and again on the server.
    beforeMutate: (input) => {
      const asked = input.amountMinor;
      if (asked === undefined || (range && asked >= range.minMinor && asked <= range.maxMinor)) return true;
      form.setError("amount", { type: "range" }, { shouldFocus: true });
      return false;
    },
  });
  if (!range) return null;
  const part = form.watch("mode") === "part";
  const bounds = { min: money(range.minMinor), max: money(range.maxMinor) };
  return (
    <form className="card stack" aria-labelledby={`${id}-title`} onSubmit={onSubmit} noValidate>
      <h2 id={`${id}-title`}>
        {t("payHeading")} {testMode && <span className="badge">{t("testMode")}</span>}
      </h2>
      {testMode && <p className="muted">{t("testModeHint")}</p>}
      <FormStatus announcement={leaving ? t("redirecting") : ""} error={start.error} />
      <fieldset className="stack">
        <legend className="visually-hidden">{t("payHeading")}</legend>
        <label className="choice">
          <input type="radio" value="all" {...form.register("mode")} />
          {t("payAll", { amount: money(due.amountMinor) })}
        </label>
        <label className="choice">
          <input type="radio" value="part" {...form.register("mode")} />
          {t("payPart")}
        </label>
      </fieldset>
      {part && (
        <div className="stack">
          <label htmlFor={`${id}-amount`}>{t("partAmount", { currency: due.currency })}</label>
          <input {...field("amount")} inputMode="decimal" autoComplete="off" required />
          <p id={`${id}-amount-hint`} className={invalid("amount") ? "field-error" : "muted"}>
            {invalid("amount") ? t("partInvalid", bounds) : t("partHint", bounds)}
          </p>
        </div>
      )}
      <p className="muted">{t("secureNote")}</p>
      <button type="submit" className="btn btn-primary" disabled={start.isPending || leaving}>
        {t("submit")}
      </button>
    </form>
  );
}
