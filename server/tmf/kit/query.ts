// The list query of every TMF collection: fields=a,b, exact-match attribute filters (dotted paths, any element
// of an array), offset/limit with X-Total-Count and X-Result-Count.
import { badRequest } from "./tmf-error";

export type TmfResource = { id: string; href: string; "@type": string } & Record<string, unknown>;

export type ListQuery = { fields: string[] | null; filters: [path: string, value: string][]; offset: number; limit: number };

export const DEFAULT_LIMIT = 100;
export const MAX_LIMIT = 1000;

function integer(name: string, raw: string | null, fallback: number, min: number, max: number): number {
  if (raw === null) return fallback;
  if (!/^\d+$/.test(raw) || Number(raw) < min || Number(raw) > max) throw badRequest(`${name} must be an integer from ${min} to ${max}`);
  return Number(raw);
}

export function parseListQuery(params: URLSearchParams): ListQuery {
  const fieldsRaw = params.get("fields");
  const fields =
    fieldsRaw === null
      ? null
      : fieldsRaw
          .split(",")
          .map((f) => f.trim())
          .filter(Boolean);
  const filters = [...params.entries()].filter(([k]) => !["fields", "offset", "limit", "sort"].includes(k));
  return {
    fields,
    filters,
    offset: integer("offset", params.get("offset"), 0, 0, 1_000_000),
    limit: integer("limit", params.get("limit"), DEFAULT_LIMIT, 1, MAX_LIMIT),
  };
}

/** The value for a filter equal to `name`, if the query has one (for handlers that narrow what they read). */
export const filterValue = (q: Pick<ListQuery, "filters">, name: string) => q.filters.find(([k]) => k === name)?.[1];

function valuesAt(value: unknown, path: string[]): unknown[] {
  if (Array.isArray(value)) return value.flatMap((v) => valuesAt(v, path));
  if (path.length === 0) return [value];
  if (value === null || typeof value !== "object") return [];
  return valuesAt((value as Record<string, unknown>)[path[0]!], path.slice(1));
}

const scalar = (v: unknown) => typeof v === "string" || typeof v === "number" || typeof v === "boolean";

export function matches(resource: TmfResource, filters: ListQuery["filters"]): boolean {
  return filters.every(([path, expected]) => valuesAt(resource, path.split(".")).some((v) => scalar(v) && String(v) === expected));
}

/** Only the attributes asked for, always with id, href and @type. */
export function project(resource: TmfResource, fields: string[] | null): TmfResource {
  if (!fields) return resource;
  const keep = new Set([...fields.map((f) => f.split(".")[0]!), "id", "href", "@type"]);
  return Object.fromEntries(Object.entries(resource).filter(([k]) => keep.has(k))) as TmfResource;
}

export function listPage(all: TmfResource[], q: ListQuery) {
  const matching = all.filter((r) => matches(r, q.filters));
  const page = matching.slice(q.offset, q.offset + q.limit).map((r) => project(r, q.fields));
  return { page, total: matching.length };
}
