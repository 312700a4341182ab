import { getTranslations } from "next-intl/server";
import { resolveLocale } from "~/app/_i18n/locale";
import { api } from "~/app/_lib/trpc/server";
import { canSeeBills } from "~/server/auth/principal";
import { getDeps } from "~/server/container";
import { Id } from "~/server/lib/ids";
import { pdfResponse } from "~/server/lib/pdf";
import { billCustomer } from "~/server/modules/bills/use-cases/bill-customer";
import { renderBillPdf } from "~/server/modules/statements/pdf/bill-pdf";
import { plainRefusal, refusal, routeAnswer } from "~/server/api/http";
import { lineTextsFor } from "~/server/modules/statements/pdf/format";
import { asTranslate } from "~/server/modules/statements/pdf/respond";
import { operatorParty } from "~/server/modules/statements/pdf/tax-document";
import { operatorPayee } from "~/server/modules/statements/payment-instructions";
import { downloadRefused } from "~/app/api/downloads";

/** The bill as a PDF, with the same access check as the bill page (bills.get). */
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  if (!Id.safeParse(id).success) return plainRefusal(refusal("NOT_FOUND"));
  return routeAnswer(async () => {
    const caller = await api();
    const limited = await downloadRefused(request, caller.actor);
    if (limited) return limited;
    const bill = await caller.bills.get({ billId: id });
    if (!caller.actor || !canSeeBills(caller.actor)) return plainRefusal(refusal("FORBIDDEN")); // bills.get has refused them already
    const locale = await resolveLocale();
    const text = async (namespace: "statements" | "paymentInstructions" | "bills.detail" | "bills.units") =>
      asTranslate(await getTranslations({ locale, namespace }));
    const texts = {
      lines: lineTextsFor(locale, await text("bills.detail"), await text("bills.units")),
      supplier: operatorParty(),
      customer: await billCustomer(getDeps(), caller.actor),
    };
    const payment = { payee: operatorPayee(), t: await text("paymentInstructions") };
    return pdfResponse(await renderBillPdf(bill, await text("statements"), locale, texts, { payment }), `bill-${bill.billNo}.pdf`);
  });
}
