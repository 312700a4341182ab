// All of the company's lines as CSV, with the table's filters: for its admins only. The columns identifier,
// cost_centre and assignee are the ones the assignments import reads, so the file can be edited and imported back.
import { getTranslations } from "next-intl/server";
import { downloadRefused } from "~/app/api/downloads";
import { createContext } from "~/server/api/context";
import { isEnterpriseAdmin } from "~/server/auth/principal";
import { csvDownload, rowsOf } from "~/server/lib/csv";
import { LineFilter, type CompanyLineView } from "~/server/modules/company-lines/company-lines.schemas";
import { exportLines } from "~/server/modules/company-lines/company-lines.service";

export const dynamic = "force-dynamic";

const plain = (body: string, status: number) => new Response(body, { status, headers: { "content-type": "text/plain; charset=utf-8" } });
const keys = ["q", "kind", "status", "costCentreId", "assignedUserId"] as const;

export async function GET(request: Request) {
  const { actor, deps } = await createContext(request.headers);
  if (!actor) return plain("", 401);
  if (!isEnterpriseAdmin(actor)) return plain("", 403);
  const limited = await downloadRefused(request, actor);
  if (limited) return limited;
  const sp = new URL(request.url).searchParams;
  const filter = LineFilter.safeParse(Object.fromEntries(keys.flatMap((k) => (sp.get(k) ? [[k, sp.get(k)]] : []))));
  if (!filter.success) return plain("", 400);
  const s = await getTranslations({ locale: actor.locale, namespace: "services" });

  const header = ["identifier", "label", "kind", "status", "plan", "cost_centre", "cost_centre_name", "assignee", "assignee_name"];
  const row = (l: CompanyLineView) => [
    l.identifier,
    l.label ?? "",
    s(`kinds.${l.kind}`),
    s(`statuses.${l.status}`),
    l.plan,
    l.costCentre?.code ?? "",
    l.costCentre?.name ?? "",
    l.assignedTo?.email ?? "",
    l.assignedTo?.name ?? "",
  ];
  return csvDownload(header, rowsOf(exportLines(deps, actor, filter.data), row), "company-lines.csv");
}
