import { getTranslations } from "next-intl/server";
import { resolveLocale } from "~/app/_i18n/locale";
import { api } from "~/app/_lib/trpc/server";
import { pdfResponse } from "~/server/lib/pdf";
import { routeAnswer } from "~/server/api/http";
import { asTranslate } from "~/server/modules/statements/pdf/respond";
import { renderStatementPdf } from "~/server/modules/statements/pdf/statement-pdf";
import { downloadRefused } from "~/app/api/downloads";

/** GET ?account=&from=&to=: the account statement as a PDF (statements.get decides access and range). */
export async function GET(request: Request) {
  const q = new URL(request.url).searchParams;
  return routeAnswer(async () => {
    const caller = await api();
    const limited = await downloadRefused(request, caller.actor);
    if (limited) return limited;
    const statement = await caller.statements.get({
      billingAccountId: q.get("account") ?? "",
      from: q.get("from") ?? "",
      to: q.get("to") ?? "",
    });
    const locale = await resolveLocale();
    const t = asTranslate(await getTranslations({ locale, namespace: "statements" }));
    const pdf = await renderStatementPdf(statement, t, locale, caller.clock.now().toISOString().slice(0, 10));
    return pdfResponse(pdf, `statement-${statement.billingAccount.number}-${statement.from}-${statement.to}.pdf`);
  });
}
