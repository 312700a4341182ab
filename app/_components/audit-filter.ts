// The audit log's filters as URL search params, shared by the page and its CSV export.
import { AuditFilter } from "~/server/modules/audit/audit.schemas";

const keys = ["entity", "actorUserId", "from", "to"] as const;

/** The filter in the URL (empty values left out); null when a value is not one the filter takes. */
export function auditFilterOf(sp: URLSearchParams | Record<string, string | string[] | undefined>): AuditFilter | null {
  const get = (k: string) => (sp instanceof URLSearchParams ? sp.get(k) : typeof sp[k] === "string" ? sp[k] : null);
  const raw = Object.fromEntries(keys.flatMap((k) => (get(k) ? [[k, get(k)]] : [])));
  const parsed = AuditFilter.safeParse(raw);
  return parsed.success ? parsed.data : null;
}
