// The monthly SLA report as a PDF, through the same procedure (and access check) as the SLA page.
import { getTranslations } from "next-intl/server";
import { api } from "~/app/_lib/trpc/server";
import { pdfResponse } from "~/server/lib/pdf";
import { renderSlaReportPdf, type Translate } from "~/server/modules/sla/sla-export";
import { plainRefusal, refusal, routeAnswer } from "~/server/api/http";
import { monthParam } from "../month-param";
import { downloadRefused } from "~/app/api/downloads";

export async function GET(req: Request) {
  const caller = await api();
  const limited = await downloadRefused(req, caller.actor);
  if (limited) return limited;
  const month = monthParam(req, caller.clock.now());
  if (!month) return plainRefusal(refusal("NOT_FOUND"));
  return routeAnswer(async () => {
    const report = await caller.sla.report({ month });
    const locale = caller.actor?.locale ?? "en";
    const t = await getTranslations({ locale, namespace: "sla" });
    return pdfResponse(await renderSlaReportPdf(report, t as unknown as Translate, locale), `sla-report-${month}.pdf`);
  });
}
