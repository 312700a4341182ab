// The company's audit log as CSV, with the page's filters: for the company's admins only (as the audit.list
// procedure). Streamed a page at a time through the keyset export (UTF-8 with a BOM), newest first, capped.
import { stringify } from "csv-stringify/sync";
import { getTranslations } from "next-intl/server";
import { auditFilterOf } from "~/app/_components/audit-filter";
import { createContext } from "~/server/api/context";
import { isEnterpriseAdmin } from "~/server/auth/principal";
import { spreadsheetCsv } from "~/server/lib/csv";
import { exportAudit } from "~/server/modules/audit/audit.service";
import type { AuditEntryView } from "~/server/modules/audit/audit.schemas";
import { downloadRefused } from "~/app/api/downloads";

export const dynamic = "force-dynamic";

const plain = (body: string, status: number) => new Response(body, { status, headers: { "content-type": "text/plain; charset=utf-8" } });

export async function GET(request: Request) {
  const { actor, deps } = await createContext(request.headers);
  const limited = await downloadRefused(request, actor);
  if (limited) return limited;
  if (!actor) return plain("", 401);
  if (!isEnterpriseAdmin(actor)) return plain("", 403);
  const t = await getTranslations({ locale: actor.locale, namespace: "audit" });
  const filter = auditFilterOf(new URL(request.url).searchParams);
  if (!filter) return plain(t("badFilter"), 400);

  const row = (e: AuditEntryView) => [
    e.at.toISOString(),
    e.actor?.name ?? "",
    e.actor?.email ?? "",
    e.action,
    e.entity,
    e.entityId ?? "",
    e.details,
  ];
  const header = [t("at"), t("actor"), t("email"), t("action"), t("entity"), t("entityId"), t("details")];
  const pages = exportAudit(deps, actor, filter);
  const encoder = new TextEncoder();
  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(encoder.encode(stringify([header], spreadsheetCsv)));
    },
    async pull(controller) {
      const next = await pages.next();
      if (next.done) return controller.close();
      controller.enqueue(encoder.encode(stringify(next.value.map(row), { ...spreadsheetCsv, bom: false })));
    },
  });
  return new Response(body, {
    headers: {
      "content-type": "text/csv; charset=utf-8",
      "content-disposition": `attachment; filename="audit-log.csv"`,
      "cache-control": "private, no-store",
    },
  });
}
