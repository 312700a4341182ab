// Every ticket of a month as CSV, through the same procedure (and access check) as the SLA page.
import { getTranslations } from "next-intl/server";
import { api } from "~/app/_lib/trpc/server";
import { ticketsCsv, type Translate } from "~/server/modules/sla/sla-export";
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
    const t = await getTranslations({ locale: caller.actor?.locale ?? "en", namespace: "sla" });
    return new Response(ticketsCsv(report, t as unknown as Translate), {
      headers: {
        "Content-Type": "text/csv; charset=utf-8",
        "Content-Disposition": `attachment; filename="sla-tickets-${month}.csv"`,
        "Cache-Control": "private, no-store",
      },
    });
  });
}
