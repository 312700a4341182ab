import { getTranslations } from "next-intl/server";
import { resolveLocale } from "~/app/_i18n/locale";
import { api } from "~/app/_lib/trpc/server";
import { pdfResponse } from "~/server/lib/pdf";
import { renderCertificatePdf } from "~/server/modules/statements/pdf/certificate-pdf";
import { plain, routeAnswer } from "~/server/api/http";
import { asTranslate } from "~/server/modules/statements/pdf/respond";
import { downloadRefused } from "~/app/api/downloads";

/** GET ?account=: the no-outstanding-debt certificate; 409 with the reason's text while something is owed. */
export async function GET(request: Request) {
  const account = new URL(request.url).searchParams.get("account") ?? "";
  return routeAnswer(async () => {
    const caller = await api();
    const limited = await downloadRefused(request, caller.actor);
    if (limited) return limited;
    const certificate = await caller.statements.certificate({ billingAccountId: account });
    const locale = await resolveLocale();
    const t = asTranslate(await getTranslations({ locale, namespace: "statements" }));
    if (!certificate.eligible) return plain(409, t("pdf.notEligible"));
    const pdf = await renderCertificatePdf(certificate, t, locale);
    return pdfResponse(pdf, `certificate-${certificate.billingAccount.number}-${certificate.asOf}.pdf`);
  });
}
