// The company's audit log as CSV, with the page's filters: for the company's admins only (as the audit.list
// procedure). Streamed a page at a time through the keyset export (UTF-8 with a BOM), newest first, capped.
import { getTranslations } from "next-intl/server";
import { auditFilterOf } from "~/app/_components/audit-filter";
import { createContext } from "~/server/api/context";
import { isEnterpriseAdmin } from "~/server/auth/principal";
import { csvDownload, rowsOf } from "~/server/lib/csv";
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
  return csvDownload(header, rowsOf(exportAudit(deps, actor, filter), row), "audit-log.csv");
}
