// The itemised-records filters as they travel in a URL (the records page and its CSV download share them).
import { oneOf, param, type SearchParams } from "~/app/_lib/search-params";
import { usageKinds, usageZones, type UsageKind, type UsageZone } from "~/server/modules/usage/usage.schemas";

export type RecordsQuery = { service?: string; kind?: UsageKind; zone?: UsageZone; from?: string; to?: string };

/** Filters from the URL; empty values are left out; anything else goes to the procedure, which validates it. */
export function recordsQuery(sp: SearchParams): RecordsQuery {
  const text = (key: string) => param(sp, key)?.trim() || undefined;
  return {
    service: text("service"),
    kind: oneOf(usageKinds, text("kind")),
    zone: oneOf(usageZones, text("zone")),
    from: text("from"),
    to: text("to"),
  };
}

/** True when the URL names a kind or zone that does not exist (the procedure never sees those). */
export function hasUnknownChoice(sp: SearchParams): boolean {
  const kind = param(sp, "kind")?.trim();
  const zone = param(sp, "zone")?.trim();
  return (!!kind && !oneOf(usageKinds, kind)) || (!!zone && !oneOf(usageZones, zone));
}

export const recordsInput = (q: RecordsQuery) => ({ serviceId: q.service, kind: q.kind, zone: q.zone, from: q.from, to: q.to });

export const searchParamsOf = (params: URLSearchParams): SearchParams => Object.fromEntries(params.entries());
