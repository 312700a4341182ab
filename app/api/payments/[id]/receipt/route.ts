import { getTranslations } from "next-intl/server";
import { resolveLocale } from "~/app/_i18n/locale";
import { api } from "~/app/_lib/trpc/server";
import { plainRefusal, refusal, routeAnswer } from "~/server/api/http";
import { Id } from "~/server/lib/ids";
import { pdfResponse } from "~/server/lib/pdf";
import { hasReceipt } from "~/server/modules/payments/payment-rules";
import { renderReceiptPdf } from "~/server/modules/payments/receipt-pdf";
import { asTranslate } from "~/server/modules/statements/pdf/respond";
import { downloadRefused } from "~/app/api/downloads";

/** The receipt of a card payment, with the same access check as the payments list (payments.get). */
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  if (!Id.safeParse(id).success) return plainRefusal(refusal("NOT_FOUND"));
  return routeAnswer(async () => {
    const caller = await api();
    const limited = await downloadRefused(request, caller.actor);
    if (limited) return limited;
    const payment = await caller.payments.get({ paymentId: id });
    // Nothing was received yet (or ever): there is nothing to confirm.
    if (!hasReceipt(payment)) return plainRefusal(refusal("NOT_FOUND"));
    const locale = await resolveLocale();
    const t = asTranslate(await getTranslations({ locale, namespace: "payments" }));
    return pdfResponse(await renderReceiptPdf(payment, t, locale), `receipt-${payment.bill.number.replace(/[^\w-]+/g, "-")}.pdf`);
  });
}
