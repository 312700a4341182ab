// Every ticket of a month as CSV, through the same procedure (and access check) as the SLA page.
import { getTranslations } from "next-intl/server";
import { api } from "~/app/_lib/trpc/server";
import { ticketsCsv, type Translate } from "~/server/modules/sla/sla-export";
import { monthParam, orResponse } from "~/server/modules/sla/sla-http";

export async function GET(req: Request) {
  const caller = await api();
  const month = monthParam(req, caller.clock.now());
  if (!month) return new Response(null, { status: 404 });
  const result = await orResponse(() => caller.sla.report({ month }));
  if (!result.ok) return result.response;
  const t = await getTranslations({ locale: caller.actor?.locale ?? "en", namespace: "sla" });
  return new Response(ticketsCsv(result.value, t as unknown as Translate), {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="sla-tickets-${month}.csv"`,
      "Cache-Control": "private, no-store",
    },
  });
}
