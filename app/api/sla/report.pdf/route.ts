// The monthly SLA report as a PDF, through the same procedure (and access check) as the SLA page.
import { getTranslations } from "next-intl/server";
import { api } from "~/app/_lib/trpc/server";
import { pdfResponse } from "~/server/lib/pdf";
import { renderSlaReportPdf, type Translate } from "~/server/modules/sla/sla-export";
import { monthParam, orResponse } from "~/server/modules/sla/sla-http";

export async function GET(req: Request) {
  const caller = await api();
  const month = monthParam(req, caller.clock.now());
  if (!month) return new Response(null, { status: 404 });
  const result = await orResponse(() => caller.sla.report({ month }));
  if (!result.ok) return result.response;
  const locale = caller.actor?.locale ?? "en";
  const t = await getTranslations({ locale, namespace: "sla" });
  return pdfResponse(await renderSlaReportPdf(result.value, t as unknown as Translate, locale), `sla-report-${month}.pdf`);
}
