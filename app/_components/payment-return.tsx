import { useFormatter, useTranslations } from "next-intl";
import type { PaymentView } from "~/server/modules/payments/payments.schemas";
import { AutoRefresh } from "./auto-refresh";
import { formatMoney } from "./bill-format";

type Money = { amountMinor: number; currency: string };
const declines = ["card_declined", "generic_decline", "insufficient_funds", "expired_card", "incorrect_cvc"] as const;

/** What became of the payment the customer is back from: paid, declined, cancelled, or still being confirmed. */
export function PaymentReturn({ payment, cancelled, due }: { payment: PaymentView; cancelled: boolean; due: Money }) {
  const t = useTranslations("payments");
  const format = useFormatter();
  const money = (m: Money) => formatMoney(format, m.amountMinor, m.currency);
  const paid = payment.state !== "processing" && payment.state !== "cancelled";
  if (paid) {
    const text =
      due.amountMinor > 0
        ? t("returnedPaidRest", { amount: money(payment.amount), rest: money(due) })
        : t("returnedPaid", { amount: money(payment.amount) });
    return (
      <p role="status" className="alert alert-ok">
        {text}
      </p>
    );
  }
  if (payment.declineCode) {
    const code = declines.find((d) => d === payment.declineCode) ?? "other";
    return (
      <p role="alert" className="alert alert-error">
        {t("returnedDeclined", { reason: t(`declines.${code}`) })}
      </p>
    );
  }
  if (cancelled || payment.state === "cancelled") {
    return (
      <p role="status" className="alert">
        {t("returnedCancelled")}
      </p>
    );
  }
  // Paid on the provider's page but not confirmed yet: look again shortly (the webhook usually lands in seconds).
  return (
    <p role="status" className="alert">
      {t("returnedProcessing")}
      <AutoRefresh everyMs={4000} />
    </p>
  );
}
