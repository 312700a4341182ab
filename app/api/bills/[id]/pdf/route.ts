import { getTranslations } from "next-intl/server";
import { resolveLocale } from "~/app/_i18n/locale";
import { api } from "~/app/_lib/trpc/server";
import { Id } from "~/server/lib/ids";
import { pdfResponse } from "~/server/lib/pdf";
import { renderBillPdf } from "~/server/modules/statements/pdf/bill-pdf";
import { plainRefusal, refusal, routeAnswer } from "~/server/api/http";
import { asTranslate } from "~/server/modules/statements/pdf/respond";
import { operatorPayee } from "~/server/modules/statements/payment-instructions";

/** The bill as a PDF, with the same access check as the bill page (bills.get). */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  if (!Id.safeParse(id).success) return plainRefusal(refusal("NOT_FOUND"));
  return routeAnswer(async () => {
    const bill = await (await api()).bills.get({ billId: id });
    const locale = await resolveLocale();
    const t = asTranslate(await getTranslations({ locale, namespace: "statements" }));
    const payment = { payee: operatorPayee(), t: asTranslate(await getTranslations({ locale, namespace: "paymentInstructions" })) };
    return pdfResponse(await renderBillPdf(bill, t, locale, { payment }), `bill-${bill.billNo}.pdf`);
  });
}
